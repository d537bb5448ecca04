import { notFound } from "next/navigation";
import { Dashboard } from "@/app/_components/dashboard/Dashboard";
import { StaticDashboard } from "@/app/_components/dashboard/StaticDashboard";
import { defaultView } from "@/lib/view/state";
import { AfterArticle } from "@/app/_components/context/AfterArticle";
import { ClaimCheck } from "@/app/_components/context/ClaimCheck";
import { ContextPanels } from "@/app/_components/context/ContextPanels";
import { SourcesDisagree } from "@/app/_components/context/SourcesDisagree";
import { Headline } from "@/app/_components/Headline";
import { PrintUrl } from "@/app/_components/PrintUrl";
import { SiteFooter } from "@/app/_components/SiteFooter";
import { messagesFor } from "@/lib/i18n/messages";
import { SiteHeader } from "@/app/_components/SiteHeader";
import { SourceList } from "@/app/_components/SourceList";
import { getDataset } from "@/lib/data/load";
import { isLocale } from "@/lib/format/locale";
import { dashboardData } from "@/lib/trade/dashboard-data";
import { checkClaims } from "@/lib/article/claims";
import { chartMarkers } from "@/lib/article/timeline";
import { contextSourceIds } from "@/lib/article/sources";
import { headline } from "@/lib/trade/headline";
import { sourceLookup } from "@/lib/view/provenance";

export default async function DashboardPage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const data = getDataset();
  const h = headline(data);
  const dash = dashboardData(data);
  const claims = checkClaims(data);
  const sources = sourceLookup(data.sources);
  const cited = [h.total.sourceId, h.previous.sourceId, h.rate.sourceId, ...dash.sourceIds, ...contextSourceIds(data.context), ...claims.flatMap((c) => c.sourceIds)];
  return (
    <>
      <SiteHeader locale={lang} />
      <main id="main" className="page">
        <PrintUrl label={messagesFor(lang).printedFrom} path={`/${lang}`} />
        <Headline locale={lang} headline={h} data={data} sources={sources} />
        <ClaimCheck locale={lang} data={data} checks={claims} />
        <Dashboard locale={lang} options={{ ...dash.options, pageSources: [...new Set(cited)] }} markers={chartMarkers(data.context.events, lang)}>
          <StaticDashboard locale={lang} points={dash.points} state={defaultView(dash.options)} sources={sources} />
        </Dashboard>
        <ContextPanels locale={lang} data={data} />
        <SourcesDisagree locale={lang} data={data} />
        <AfterArticle locale={lang} data={data} />
        <SourceList locale={lang} ids={cited} sources={data.sources} />
      </main>
      <SiteFooter locale={lang} sources={data.sources} />
    </>
  );
}
