import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckExamples } from "@/app/_components/check/CheckExamples";
import { CheckForm } from "@/app/_components/check/CheckForm";
import { SiteFooter } from "@/app/_components/SiteFooter";
import { SiteHeader } from "@/app/_components/SiteHeader";
import { SourceList } from "@/app/_components/SourceList";
import { checkAnswer } from "@/lib/check/answer";
import { sourceCheckQuery } from "@/lib/check/coverage";
import { textStyle } from "@/lib/check/numbers";
import { pageQuery, periodChoices, placeChoices } from "@/lib/check/query";
import { getDataset } from "@/lib/data/load";
import { isLocale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { pageAlternates } from "@/lib/page-alternates";
import { pageShareMetadata } from "@/lib/share-metadata";
import { searchString } from "@/lib/search-string";
import { sourceLookup } from "@/lib/view/provenance";

export async function generateMetadata({ params }: PageProps<"/[lang]/check">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = messagesFor(lang);
  const text = { title: t.check.pageTitle, description: t.check.description };
  return { title: `${t.check.pageTitle} · ${t.siteTitle}`, description: t.check.description, ...pageAlternates(lang, "/check"), ...pageShareMetadata(lang, `/${lang}/check`, text) };
}

/** Check a number: the sentence in the address, the answer rendered by the server. */
export default async function CheckPage({ params, searchParams }: PageProps<"/[lang]/check">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const data = getDataset();
  const t = messagesFor(lang);
  const query = await searchParams;
  const asked = pageQuery(query);
  // A source's id (the coverage page's short link) stands for its sentence and the corrections its source gives.
  const fromSource = !asked.text && asked.source ? sourceCheckQuery(data, asked.source, lang) : null;
  const q = fromSource ? pageQuery(fromSource) : asked;
  const ask = q.text && !q.tooLong;
  const asRead = ask ? checkAnswer(q.text, lang, data) : null;
  const answer = ask ? checkAnswer(q.text, lang, data, {}, q.overrides) : null;
  const cited = (answer?.claims ?? []).flatMap((c) => [...(c.data?.sourceIds ?? []), ...c.otherSeries.flatMap((o) => o.sourceIds)]);
  return (
    <>
      <SiteHeader locale={lang} search={searchString(query)} />
      <main id="main" className="page">
        <div>
          <h1>{t.check.pageTitle}</h1>
          <p>{t.check.intro}</p>
        </div>
        <CheckForm
          locale={lang}
          text={q.text}
          tooLong={q.tooLong}
          answer={answer}
          asRead={asRead}
          overrides={q.overrides}
          choices={{ places: placeChoices(data), periods: periodChoices(data) }}
          sources={sourceLookup(data.sources)}
          textLang={textStyle(q.text)}
        />
        {!ask && <CheckExamples locale={lang} data={data} />}
        {cited.length > 0 && <SourceList locale={lang} ids={[...new Set(cited)]} sources={data.sources} />}
      </main>
      <SiteFooter locale={lang} sources={data.sources} />
    </>
  );
}
