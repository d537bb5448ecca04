import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiReference } from "@/app/_components/api/ApiReference";
import { ApiYardstick } from "@/app/_components/api/ApiYardstick";
import { SiteFooter } from "@/app/_components/SiteFooter";
import { SiteHeader } from "@/app/_components/SiteHeader";
import { openApiDocument } from "@/lib/api/openapi";
import { getDataset } from "@/lib/data/load";
import { isLocale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { pageAlternates } from "@/lib/page-alternates";
import { shareMetadata } from "@/lib/share-metadata";
import { exampleOrigin } from "@/lib/site-url";

export async function generateMetadata({ params }: PageProps<"/[lang]/api">): Promise<Metadata> {
  const { lang } = await params;
  return isLocale(lang) ? { title: `${messagesFor(lang).api.title} · ${messagesFor(lang).siteTitle}`, ...pageAlternates(lang, "/api"), ...shareMetadata(lang, "USD", `/${lang}/api`) } : {};
}

/** The API reference, rendered from the same OpenAPI document /api/openapi.json serves. */
export default async function ApiPage({ params }: PageProps<"/[lang]/api">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const data = getDataset();
  return (
    <>
      <SiteHeader locale={lang} />
      <main id="main" className="page">
        <ApiReference locale={lang} doc={openApiDocument(data)} origin={exampleOrigin()} />
        <ApiYardstick locale={lang} />
      </main>
      <SiteFooter locale={lang} sources={data.sources} />
    </>
  );
}
