import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import { ARTICLE_YEAR } from "@/lib/trade/article-year";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "./cells";
import type { ColumnOptions } from "./columns";
import { countryRows, flowRows, shareRows, trendRows, type FigureRow } from "./rows";
import { mirrorRows, worldRows } from "./rows-compare";
import { constantBase, type FigureId, type ViewState } from "./state";
import { cagrRows, withChange } from "./growth";
import { cagrSummary, countriesSummary, flowsSummary, mirrorSummary, sharesSummary, trendSummary, worldSummary, yoySummary } from "./summaries";
import { COUNTRIES } from "@/lib/schema/values";

/**
 * What each figure is, apart from its chart: its rows, table columns, title, summary and file name.
 * The server renders the default view from these and the browser every other view, so both agree.
 */
export type FigureModel = {
  id: FigureId;
  rows: (points: readonly TradePoint[], state: ViewState) => FigureRow[];
  /** Rows the table and CSV show; by default those with a figure in the data. */
  shown?: (row: FigureRow, state: ViewState) => boolean;
  columns: (state: ViewState) => ColumnOptions;
  title: (rows: FigureRow[], state: ViewState, t: Messages) => string;
  summary: (rows: FigureRow[], state: ViewState, ctx: CellContext) => string;
  filename: (state: ViewState) => string;
  /** The /api/trade.csv query that gives this figure's data in the view's currency and range. */
  apiQuery: (state: ViewState) => string;
};

/** The API parameters of the view's money: currency, rupiah rate (yours included) and constant prices. */
function money(s: ViewState): string {
  if (s.currency === "IDR") return `currency=IDR&rate=${s.rate}${s.rate === "custom" && s.idrPerUsd ? `&idrPerUsd=${s.idrPerUsd}` : ""}&`;
  if (s.currency === "CNY") return "currency=CNY&";
  return constantBase(s) ? `prices=constant&base=${s.base}&` : "";
}

/** The money in a file name: "USD", "CNY", "IDR-annual", "IDR-your-rate-17000", "USD-2025-prices". */
function moneyTag(s: ViewState): string {
  if (s.currency === "IDR") return `IDR-${s.rate === "custom" ? `your-rate-${s.idrPerUsd}` : s.rate}`;
  const base = constantBase(s);
  return base ? `USD-${base}-prices` : s.currency;
}
const years = (s: ViewState) => `from=${s.from}&to=${s.to}`;

const range = (s: ViewState) => `${s.from}-${s.to}`;

export const FIGURE_MODELS: readonly FigureModel[] = [
  {
    id: "trend",
    rows: (points, s) => {
      const rows = trendRows(points, s, s.lines === "countries" ? ["CA5", ...COUNTRIES] : ["CA5"]);
      return s.growth === "yoy" ? withChange(rows) : s.growth === "cagr" ? cagrRows(rows, s) : rows;
    },
    // Growth tables show every year or series, so a year without growth says so.
    shown: (r, s) => (s.growth === "level" ? r.status !== null : true),
    columns: (s) => ({
      // With each country's line, the table names whose row it is.
      partner: s.lines === "countries" || s.growth === "cagr",
      ...(s.growth === "yoy" ? { change: { kind: "yoy" } } : s.growth === "cagr" ? { change: { kind: "cagr", from: s.from, to: s.to } } : {}),
    }),
    title: (_rows, s, t) => fill(s.growth === "yoy" ? t.figures.trendYoy : s.growth === "cagr" ? t.figures.trendCagr : t.figures.trend, { first: s.from, last: s.to }),
    summary: (rows, s, ctx) =>
      s.growth === "yoy" ? yoySummary(rows, ctx) : s.growth === "cagr" ? cagrSummary(rows, s, ctx) : trendSummary(rows.filter((r) => r.partner === "CA5"), Math.min(ARTICLE_YEAR, s.to), ctx),
    filename: (s) => `china-central-asia-trade-${range(s)}-${moneyTag(s)}${s.growth === "level" ? "" : `-${s.growth}`}`,
    apiQuery: (s) => `${money(s)}partner=${s.lines === "countries" ? "CA5,KAZ,KGZ,TJK,TKM,UZB" : "CA5"}&flow=total&${years(s)}`,
  },
  {
    id: "countries",
    rows: (points, s) => countryRows(points, s),
    columns: () => ({ partner: true, share: true }),
    title: (_rows, _s, t) => t.figures.countries,
    summary: (rows, _s, ctx) => countriesSummary(rows, ctx),
    filename: (s) => `china-central-asia-trade-by-country-${moneyTag(s)}`,
    apiQuery: (s) => `${money(s)}partner=CA5,${s.countries.join(",")}&flow=total&${years(s)}`,
  },
  {
    id: "flows",
    rows: (points, s) => flowRows(points, s.partner, s),
    // A yuan-only period stays in the table, marked not convertible.
    shown: (r) => r.status !== null || r.unavailable === "no-rate",
    columns: () => ({ flow: true }),
    title: (_rows, s, t) => `${t.figures.flows}: ${t.partners[s.partner]}`,
    summary: (rows, _s, ctx) => flowsSummary(rows, ctx),
    filename: (s) => `china-exports-imports-${s.partner}-${range(s)}-${moneyTag(s)}`,
    apiQuery: (s) => `${money(s)}partner=${s.partner}&flow=export,import&${years(s)}`,
  },
  {
    id: "shares",
    rows: (points, s) => shareRows(points, s.year),
    shown: () => true,
    columns: () => ({ partner: true, share: true }),
    title: (_rows, s, t) => fill(t.figures.shares, { year: s.year }),
    summary: (rows, s, ctx) => sharesSummary(rows, s.year, ctx),
    filename: (s) => `central-asia-shares-${s.year}`,
    apiQuery: (s) => `partner=CA5,KAZ,KGZ,TJK,TKM,UZB&flow=total&from=${s.year}&to=${s.year}`,
  },
  {
    id: "world",
    rows: (points, s) => worldRows(points, s),
    columns: () => ({ share: true }),
    title: (_rows, _s, t) => t.figures.world,
    summary: (rows, _s, ctx) => worldSummary(rows, ctx),
    filename: (s) => `central-asia-share-of-china-trade-${range(s)}-${moneyTag(s)}`,
    apiQuery: (s) => `${money(s)}partner=CA5,WLD&flow=total&${years(s)}`,
  },
  {
    id: "mirror",
    rows: (points, s) => mirrorRows(points, s.mirror, s),
    columns: () => ({ reporter: true, gap: true }),
    title: (_rows, s, t) => fill(t.figures.mirror, { country: t.partners[s.mirror] }),
    summary: (rows, s, ctx) => mirrorSummary(rows, ctx.t.partners[s.mirror], ctx),
    filename: (s) => `mirror-china-${s.mirror}-${range(s)}-${moneyTag(s)}`,
    // The partner's own figures; China's side is the by-country query with this partner.
    apiQuery: (s) => `${money(s)}reporter=${s.mirror}&partner=CHN&flow=total&${years(s)}`,
  },
];

const hasFigure = (r: FigureRow) => r.status !== null;

/**
 * One figure in one view, as the server's HTML and the live dashboard both show it: its rows, the
 * rows its table and CSV hold, the unit, title, summary, caption and the sources it cites.
 */
export function figureView(model: FigureModel, points: readonly TradePoint[], state: ViewState, base: Omit<CellContext, "scale">) {
  const rows = model.rows(points, state);
  const ctx: CellContext = { ...base, scale: figureScale(rows, state.unit) };
  const shown = rows.filter((r) => (model.shown ? model.shown(r, state) : hasFigure(r)));
  const title = model.title(rows, state, base.t);
  return {
    rows,
    shown,
    ctx,
    title,
    // Constant dollars are named once, after the sentence, rather than beside every number in it.
    summary: model.summary(rows, state, sentenceContext(ctx, state.unit)) + (ctx.base ? ` ${fill(base.t.summaryConstant, { base: ctx.base })}` : ""),
    caption: fill(base.t.table.caption, { title, unit: unitLabel(ctx) }),
    columns: model.columns(state),
    sourceIds: [...new Set(shown.flatMap((r) => r.sourceIds))],
  };
}

/** Every source the figures cite in a view: the page's source list holds those of the default view. */
export function viewSourceIds(points: readonly TradePoint[], state: ViewState): string[] {
  return [...new Set(FIGURE_MODELS.flatMap((m) => m.rows(points, state).filter((r) => (m.shown ? m.shown(r, state) : hasFigure(r))).flatMap((r) => r.sourceIds)))];
}

export const figureModel = (id: FigureId): FigureModel => FIGURE_MODELS.find((m) => m.id === id) as FigureModel;
