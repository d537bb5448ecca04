import { Dashboard } from "./dashboard/Dashboard";
import { StaticDashboard } from "./dashboard/StaticDashboard";
import { resolveView } from "@/lib/view/resolve";
import { defaultView } from "@/lib/view/state";
import { AfterArticle } from "./context/AfterArticle";
import { ClaimCheck } from "./context/ClaimCheck";
import { ContextPanels } from "./context/ContextPanels";
import { SourcesDisagree } from "./context/SourcesDisagree";
import { YearSoFar } from "./context/YearSoFar";
import { ytdSourceIds } from "@/lib/view/year-so-far";
import { Headline } from "./Headline";
import { GoodsTeaser } from "./composition/GoodsTeaser";
import { PrintUrl } from "./PrintUrl";
import { ProvenanceScope } from "./ProvenanceScope";
import { NoScriptNotice } from "./NoScriptNotice";
import { SiteFooter } from "./SiteFooter";
import { messagesFor } from "@/lib/i18n/messages";
import { SiteHeader } from "./SiteHeader";
import { SourcesElsewhere } from "./SourcesElsewhere";
import { getDataset } from "@/lib/data/load";
import type { Locale } from "@/lib/format/locale";
import { dashboardData } from "@/lib/view/dashboard-data";
import { checkClaims } from "@/lib/article/claims";
import { chartMarkers } from "@/lib/view/timeline";
import { contextSourceIds } from "@/lib/article/sources";
import { disagreeSourceIds } from "@/lib/article/disagree";
import { headline } from "@/lib/trade/headline";
import { sourceLookup } from "@/lib/view/provenance";
import type { CopyView } from "@/lib/view/notice";

/** The dashboard page: the same at /id and /en and at their rupiah and yuan views (app/[lang]/v), whose notice names the view. */
export function DashboardBody({ lang, view: copy = null }: { lang: Locale; view?: CopyView | null }) {
  const data = getDataset();
  const h = headline(data);
  const dash = dashboardData(data);
  const claims = checkClaims(data);
  const sources = sourceLookup(data.sources);
  const view = defaultView(dash.options);
  const cited = [h.total.sourceId, h.previous.sourceId, h.rate.sourceId, ...dash.sourceIds, ...contextSourceIds(data.context), ...disagreeSourceIds(data), ...ytdSourceIds(data.observations), ...claims.flatMap((c) => c.sourceIds)];
  return (
    <>
      <SiteHeader locale={lang} />
      <main id="main" className="page">
        <ProvenanceScope page="dashboard" locale={lang}>
          {/* Also on the rupiah and yuan views' copies: their HTML, like every copy's, is the default view. */}
          <NoScriptNotice locale={lang} from={view.from} to={view.to} view={copy} />
          <PrintUrl label={messagesFor(lang).printedFrom} path={`/${lang}`} />
          <Headline locale={lang} data={data} options={dash.options} onPage={[]} />
          <ClaimCheck locale={lang} data={data} checks={claims} />
          <Dashboard locale={lang} options={{ ...dash.options, pageSources: [] }} markers={chartMarkers(data.context.events, lang)}>
            <StaticDashboard locale={lang} points={dash.points} resolved={resolveView(view, dash.options)} sources={sources} />
          </Dashboard>
          <YearSoFar locale={lang} data={data} />
          <GoodsTeaser locale={lang} data={data} />
          <ContextPanels locale={lang} data={data} />
          <SourcesDisagree locale={lang} data={data} />
          <AfterArticle locale={lang} data={data} />
          <SourcesElsewhere locale={lang} ids={cited} sources={data.sources} />
        </ProvenanceScope>
      </main>
      <SiteFooter locale={lang} sources={data.sources} />
    </>
  );
}
