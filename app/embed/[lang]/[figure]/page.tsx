import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedFigure } from "@/app/_components/embed/EmbedFigure";
import { FullViewLink } from "@/app/_components/embed/FullViewLink";
import { StaticFigure } from "@/app/_components/dashboard/StaticFigure";
import { chartMarkers } from "@/lib/view/timeline";
import { getDataset } from "@/lib/data/load";
import { isLocale, LOCALES } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { dashboardData } from "@/lib/view/dashboard-data";
import { figureModel, figureView } from "@/lib/view/figures";
import { sourceLookup } from "@/lib/view/provenance";
import { defaultView, FIGURES, type FigureId } from "@/lib/view/state";
import { siteUrl } from "@/lib/site-url";
import { resolveView } from "@/lib/view/resolve";
import { figureIds } from "@/lib/view/figure-ids";
import { NoScriptNotice } from "@/app/_components/NoScriptNotice";
import a11yStyles from "@/app/_components/ui/a11y.module.css";
import styles from "./page.module.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((lang) => FIGURES.map((figure) => ({ lang, figure })));
}

const isFigure = (id: string): id is FigureId => (FIGURES as readonly string[]).includes(id);

export async function generateMetadata({ params }: PageProps<"/embed/[lang]/[figure]">): Promise<Metadata> {
  const { lang, figure } = await params;
  if (!isLocale(lang) || !isFigure(figure)) return {};
  const t = messagesFor(lang);
  const site = siteUrl();
  const dash = dashboardData(getDataset());
  const v = figureView(figureModel(figure), dash.points, resolveView(defaultView(dash.options), dash.options), { locale: lang, t, currency: "USD" });
  return {
    title: `${v.title} · ${t.siteTitle}`,
    // The figure lives on the dashboard; an embed is a copy of it (an absolute link: only with SITE_URL).
    ...(site && { metadataBase: site, alternates: { canonical: `/${lang}#${figureIds(figure).figure}` } }),
    robots: { index: false },
  };
}

/** One figure, for another site's iframe: the same URL state, chart, summary and sources as the dashboard. */
export default async function EmbedPage({ params }: PageProps<"/embed/[lang]/[figure]">) {
  const { lang, figure } = await params;
  if (!isLocale(lang) || !isFigure(figure)) notFound();
  const data = getDataset();
  const dash = dashboardData(data);
  const t = messagesFor(lang);
  const view = defaultView(dash.options);
  return (
    <main className={styles.embed}>
      <h1 className={a11yStyles.visuallyHidden}>{t.siteTitle}</h1>
      <NoScriptNotice locale={lang} from={view.from} to={view.to} />
      <EmbedFigure locale={lang} id={figure} options={{ ...dash.options, pageSources: [] }} markers={chartMarkers(data.context.events, lang)}>
        <StaticFigure locale={lang} model={figureModel(figure)} points={dash.points} resolved={resolveView(view, dash.options)} sources={sourceLookup(data.sources)} onPage={new Set()} framed />
      </EmbedFigure>
      <p className={styles.back} data-testid="embed-back">
        <FullViewLink lang={lang} figure={figure} text={fill(t.embed.fullView, { site: t.siteTitle })} />
      </p>
    </main>
  );
}
