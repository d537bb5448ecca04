import { notFound } from "next/navigation";
import { DashboardBody } from "@/app/_components/DashboardBody";
import { isLocale } from "@/lib/format/locale";

export default async function DashboardPage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return <DashboardBody lang={lang} />;
}
