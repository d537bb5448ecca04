import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CoverageList } from "@/app/_components/check/CoverageList";
import { SiteFooter } from "@/app/_components/SiteFooter";
import { SiteHeader } from "@/app/_components/SiteHeader";
import { coverage } from "@/lib/check/coverage";
import { getDataset } from "@/lib/data/load";
import { isLocale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { pageAlternates } from "@/lib/page-alternates";
import { pageShareMetadata } from "@/lib/share-metadata";
import { sourceLookup } from "@/lib/view/provenance";

export async function generateMetadata({ params }: PageProps<"/[lang]/check/coverage">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const c = messagesFor(lang).check.coverage;
  const text = { title: c.pageTitle, description: c.description };
  return { title: `${c.pageTitle} · ${messagesFor(lang).siteTitle}`, description: c.description, ...pageAlternates(lang, "/check/coverage"), ...pageShareMetadata(lang, `/${lang}/check/coverage`, text) };
}

/** The figures our sources state, through the same checker: prerendered, the data changes only with a deploy. */
export default async function CoveragePage({ params }: PageProps<"/[lang]/check/coverage">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const data = getDataset();
  const t = messagesFor(lang);
  const result = coverage(data, lang);
  return (
    <>
      <SiteHeader locale={lang} />
      <main id="main" className="page">
        <div>
          <h1>{t.check.coverage.pageTitle}</h1>
          <p>{t.check.coverage.intro}</p>
          {/* The sources page, not a list of our own: every source below links to its entry there. */}
          <p>
            <a href={`/${lang}/check`}>{t.check.pageTitle}</a>
            {" · "}
            <a href={`/${lang}/sources`}>{t.sources}</a>
          </p>
        </div>
        <CoverageList locale={lang} coverage={result} sources={sourceLookup(data.sources)} />
      </main>
      <SiteFooter locale={lang} sources={data.sources} />
    </>
  );
}
