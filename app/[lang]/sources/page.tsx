import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/app/_components/SiteFooter";
import { SiteHeader } from "@/app/_components/SiteHeader";
import { SourceList } from "@/app/_components/SourceList";
import { getDataset } from "@/lib/data/load";
import { isLocale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { pageAlternates } from "@/lib/page-alternates";
import { shareMetadata } from "@/lib/share-metadata";

export async function generateMetadata({ params }: PageProps<"/[lang]/sources">): Promise<Metadata> {
  const { lang } = await params;
  return isLocale(lang) ? { title: `${messagesFor(lang).sources} · ${messagesFor(lang).siteTitle}`, ...pageAlternates(lang, "/sources"), ...shareMetadata(lang, "USD", `/${lang}/sources`) } : {};
}

/** Every source in the data, on a text-only page (also the benchmark's plain page). */
export default async function SourcesPage({ params }: PageProps<"/[lang]/sources">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const data = getDataset();
  return (
    <>
      <SiteHeader locale={lang} />
      <main id="main" className="page">
        <SourceList locale={lang} ids={[...data.sources.keys()]} sources={data.sources} heading="h1" />
      </main>
      <SiteFooter locale={lang} sources={data.sources} />
    </>
  );
}
