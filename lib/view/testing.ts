import { getDataset } from "@/lib/data/load";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { pointsFor, viewPoints } from "@/lib/trade/view-points";
import { dashboardOptions } from "./dashboard-data";
import { figureModel, figureView } from "./figures";
import { sourceLookup } from "./provenance";
import { resolveView } from "./resolve";
import { constantBase, parseView, type FigureId, type ViewState } from "./state";
import { chartMarkers } from "./timeline";

/** Tests only: the real data, and each figure of a view exactly as the dashboard builds it. */
const data = getDataset();
const usd = pointsFor(data, "USD", "article");
export const viewOptions = dashboardOptions(usd, data);
const sources = sourceLookup(data.sources);
const markers = { id: chartMarkers(data.context.events, "id"), en: chartMarkers(data.context.events, "en") };

export const pointsOf = (state: ViewState) => viewPoints(data, state);

export function figureOf(id: FigureId, state: ViewState, locale: Locale) {
  const t = messagesFor(locale);
  const resolved = resolveView(state, viewOptions);
  const points = pointsOf(state);
  const view = figureView(figureModel(id), points, resolved, { locale, t, currency: state.currency, base: constantBase(state) }, { markers: markers[locale], sources });
  return { ...view, resolved, points };
}

/** A figure of the view a dashboard URL's query opens. */
export function figureAt(query: string, id: FigureId, locale: Locale) {
  return figureOf(id, parseView(new URLSearchParams(query), viewOptions).state, locale);
}
