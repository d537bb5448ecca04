import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TargetsRecord } from "@/app/_components/composition/TargetsRecord";
import { WhatIsTraded } from "@/app/_components/composition/WhatIsTraded";
import { SiteFooter } from "@/app/_components/SiteFooter";
import { SiteHeader } from "@/app/_components/SiteHeader";
import { ProvenanceScope } from "@/app/_components/ProvenanceScope";
import { SourceList } from "@/app/_components/SourceList";
import { getDataset } from "@/lib/data/load";
import { isLocale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { pageAlternates } from "@/lib/page-alternates";
import { fill } from "@/lib/i18n/fill";
import { pageShareMetadata } from "@/lib/share-metadata";
import { targetsMet, targetStatus } from "@/lib/trade/targets";
import { compositionSourceIds } from "@/lib/view/composition";

export async function generateMetadata({ params }: PageProps<"/[lang]/goods">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = messagesFor(lang);
  const data = getDataset();
  // Shared links say what this page holds, in the sentence the dashboard leads here with.
  const share = { title: t.goods.pageTitle, description: fill(t.goods.teaser, { met: targetsMet(data.targets.map((x) => targetStatus(x, data.observations))), count: data.targets.length }) };
  return { title: `${t.goods.pageTitle} · ${t.siteTitle}`, description: t.goods.intro, ...pageAlternates(lang, "/goods"), ...pageShareMetadata(lang, `/${lang}/goods`, share) };
}

/**
 * What is traded and what leaders promised: a page of its own, linked from the dashboard, so the
 * dashboard stays as light as its figures allow.
 */
export default async function GoodsPage({ params }: PageProps<"/[lang]/goods">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const data = getDataset();
  const t = messagesFor(lang);
  return (
    <>
      <SiteHeader locale={lang} />
      <main id="main" className="page">
        <h1>{t.goods.pageTitle}</h1>
        <ProvenanceScope page="goods" locale={lang}>
          <WhatIsTraded locale={lang} data={data} />
          <TargetsRecord locale={lang} data={data} />
        </ProvenanceScope>
        <SourceList locale={lang} ids={compositionSourceIds(data)} sources={data.sources} />
      </main>
      <SiteFooter locale={lang} sources={data.sources} />
    </>
  );
}
