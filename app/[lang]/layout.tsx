import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { isLocale, LOCALES } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { pageAlternates } from "@/lib/page-alternates";
import { shareMetadata } from "@/lib/share-metadata";
import { DocumentShell } from "@/app/_components/DocumentShell";
import "../globals.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = messagesFor(lang);
  return {
    title: t.siteTitle,
    description: t.siteTagline,
    ...pageAlternates(lang),
    // The default view's card; the rupiah and yuan views have their own (app/[lang]/v).
    ...shareMetadata(lang, "USD", `/${lang}`),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

export default async function RootLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return <DocumentShell lang={lang}>{children}</DocumentShell>;
}
