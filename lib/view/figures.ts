import { fill } from "@/lib/i18n/fill";
import { stepSourceIds } from "@/lib/trade/points";
import type { Messages } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import { ARTICLE_YEAR } from "@/lib/trade/article-year";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "./cells";
import type { ColumnOptions } from "./columns";
import { countryRows, flowRows, shareRows, trendRows, type FigureRow } from "./rows";
import { mirrorRows, worldRows } from "./rows-compare";
import { yardstickRows } from "./rows-yardstick";
import { asDollarFigure } from "./rows-dollars";
import { yardstickSummary } from "./summary-yardstick";
import { constantBase, type FigureId, type ViewState } from "./state";
import { cagrRows, withChange } from "./growth";
import { cagrSummary, countriesSummary, flowsSummary, mirrorSummary, sharesSummary, trendSummary, worldSummary, yoySummary } from "./summaries";
import { COUNTRIES } from "@/lib/schema/values";
import type { ChartMarker } from "./timeline";
import { apiQueries, dataCells, type DataCell } from "./api-links";
import { figureNotes } from "./notes";
import type { SourceLookup } from "./provenance";
import { shownShareYear, yearSpan, type ResolvedView } from "./resolve";

/**
 * What each figure is, apart from its chart: its rows, table columns, title, summary, notes, file
 * name and API link, all read from one resolved view. The server renders the default view from
 * these and the browser every other view, so both agree.
 */
export type FigureModel = {
  id: FigureId;
  rows: (points: readonly TradePoint[], v: ResolvedView) => FigureRow[];
  /** Rows the table and CSV show; by default those with a figure in the data. */
  shown?: (row: FigureRow, state: ViewState) => boolean;
  columns: (state: ViewState) => ColumnOptions;
  title: (v: ResolvedView, t: Messages) => string;
  summary: (rows: FigureRow[], v: ResolvedView, ctx: CellContext) => string;
  filename: (state: ViewState) => string;
  /** The data cells the figure draws or computes from: its API link answers exactly these. */
  cells?: (rows: FigureRow[], v: ResolvedView) => DataCell[];
};

/** The money in a file name: "USD", "CNY", "IDR-annual", "IDR-your-rate-17000", "USD-2025-prices". */
function moneyTag(s: ViewState): string {
  if (s.currency === "IDR") return `IDR-${s.rate === "custom" ? `your-rate-${s.idrPerUsd}` : s.rate}`;
  const base = constantBase(s);
  return base ? `USD-${base}-prices` : s.currency;
}

const range = (s: ViewState) => (s.from === s.to ? String(s.from) : `${s.from}-${s.to}`);

export const FIGURE_MODELS: readonly FigureModel[] = [
  {
    id: "trend",
    rows: (points, { state: s }) => {
      const rows = trendRows(points, s, s.lines === "countries" ? ["CA5", ...COUNTRIES] : ["CA5"]);
      if (s.growth === "level") return rows;
      // Growth reads one kind of figure in every year, and the table shows the figures it reads.
      const read = rows.map((r) => asDollarFigure(r, points));
      return s.growth === "yoy" ? withChange(read) : cagrRows(read, s);
    },
    // Growth tables show every year or series, so a year without growth says so.
    shown: (r, s) => (s.growth === "level" ? r.status !== null : true),
    columns: (s) => ({
      // With each country's line, the table names whose row it is.
      partner: s.lines === "countries" || s.growth === "cagr",
      ...(s.growth === "yoy" ? { change: { kind: "yoy" } } : s.growth === "cagr" ? { change: { kind: "cagr", from: s.from, to: s.to } } : {}),
    }),
    title: ({ state: s }, t) => fill(s.growth === "yoy" ? t.figures.trendYoy : s.growth === "cagr" ? t.figures.trendCagr : t.figures.trend, { years: yearSpan(s.from, s.to) }),
    summary: (rows, { state: s }, ctx) =>
      s.growth === "yoy" ? yoySummary(rows, ctx) : s.growth === "cagr" ? cagrSummary(rows, s, ctx) : trendSummary(rows.filter((r) => r.partner === "CA5"), Math.min(ARTICLE_YEAR, s.to), ctx),
    filename: (s) => `china-central-asia-trade-${range(s)}-${moneyTag(s)}${s.growth === "level" ? "" : `-${s.growth}`}`,
    // Average growth reads only the range's two ends; the years between are not part of it.
    cells: (rows, { state: s }) => (s.growth === "cagr" ? cagrCells(rows) : dataCells(rows.filter((r) => s.growth === "level" || r.periodType === "year"))),
  },
  {
    id: "countries",
    rows: (points, { state: s }) => countryRows(points, s),
    columns: () => ({ partner: true, share: true }),
    title: (_v, t) => t.figures.countries,
    summary: (rows, _v, ctx) => countriesSummary(rows, ctx),
    filename: (s) => `china-central-asia-trade-by-country-${moneyTag(s)}`,
  },
  {
    id: "flows",
    rows: (points, { state: s }) => flowRows(points, s.partner, s),
    // A yuan-only period stays in the table, marked not convertible.
    shown: (r) => r.status !== null || r.unavailable === "no-rate",
    columns: () => ({ flow: true }),
    title: ({ state: s }, t) => `${t.figures.flows}: ${t.partners[s.partner]}`,
    summary: (rows, _v, ctx) => flowsSummary(rows, ctx),
    filename: (s) => `china-exports-imports-${s.partner}-${range(s)}-${moneyTag(s)}`,
  },
  {
    id: "shares",
    rows: (points, v) => {
      const year = shownShareYear(v);
      return year === null ? [] : shareRows(points, year);
    },
    shown: () => true,
    columns: () => ({ partner: true, share: true }),
    title: (v, t) => {
      const year = shownShareYear(v);
      return year === null ? t.figures.sharesNone : fill(t.figures.shares, { year });
    },
    summary: (rows, v, ctx) => sharesSummary(rows, shownShareYear(v), ctx),
    filename: (s) => `central-asia-shares-${s.year}-${moneyTag(s)}`,
  },
  {
    id: "world",
    rows: (points, { state: s }) => worldRows(points, s),
    columns: () => ({ share: true }),
    title: (_v, t) => t.figures.world,
    summary: (rows, _v, ctx) => worldSummary(rows, ctx),
    filename: (s) => `central-asia-share-of-china-trade-${range(s)}-${moneyTag(s)}`,
    // A share is read from the five's total as well as the world's.
    cells: (rows) => dataCells(rows).flatMap((c) => [c, ...(rows.some((r) => r.period === c.period && r.share) ? [{ ...c, partner: "CA5" as const }] : [])]),
  },
  {
    id: "mirror",
    rows: (points, { state: s }) => mirrorRows(points, s.mirror, s),
    columns: () => ({ reporter: true, gap: true }),
    title: ({ state: s }, t) => fill(t.figures.mirror, { country: t.partners[s.mirror] }),
    summary: (rows, { state: s }, ctx) => mirrorSummary(rows, ctx.t.partners[s.mirror], ctx),
    filename: (s) => `mirror-china-${s.mirror}-${range(s)}-${moneyTag(s)}`,
  },
  {
    id: "indonesia",
    rows: (points, { state: s }) => yardstickRows(points, s),
    columns: () => ({ partner: true, ratio: true }),
    title: ({ state: s }, t) => fill(t.figures.indonesia, { years: yearSpan(s.from, s.to) }),
    summary: (rows, _v, ctx) => yardstickSummary(rows, ctx),
    filename: (s) => `central-asia-and-indonesia-${range(s)}-${moneyTag(s)}`,
  },
];

const hasFigure = (r: FigureRow) => r.status !== null;

/** What a figure needs from the page besides the data: the events and the source names. */
export type FigureExtras = { markers?: readonly ChartMarker[]; sources?: SourceLookup };

/**
 * One figure in one resolved view, as the server's HTML, the live dashboard and the embeds all show
 * it: its rows, the rows its table and CSV hold, the unit, title, summary, notes, caption, the
 * sources it cites and the API queries that answer exactly its data.
 */
export function figureView(model: FigureModel, points: readonly TradePoint[], resolved: ResolvedView, base: Omit<CellContext, "scale">, extras: FigureExtras = {}) {
  const state = resolved.state;
  const rows = model.rows(points, resolved);
  const ctx: CellContext = { ...base, scale: figureScale(rows, state.unit) };
  const sentence = sentenceContext(ctx, state.unit);
  const shown = rows.filter((r) => (model.shown ? model.shown(r, state) : hasFigure(r)));
  const title = model.title(resolved, base.t);
  const cells = model.cells ? model.cells(rows, resolved) : dataCells(rows);
  return {
    rows,
    shown,
    ctx,
    title,
    // Constant dollars are named once, after the sentence, rather than beside every number in it.
    summary: model.summary(rows, resolved, sentence) + (ctx.base ? ` ${fill(base.t.summaryConstant, { base: ctx.base })}` : ""),
    notes: figureNotes(model.id, { rows, resolved, ctx: sentence, points, markers: extras.markers ?? [], sources: extras.sources ?? {} }),
    caption: fill(base.t.table.caption, { title, unit: unitLabel(ctx) }),
    columns: model.columns(state),
    // The figures' sources and those of every rate or price index the shown values went through.
    sourceIds: [...new Set(shown.flatMap((r) => [...r.sourceIds, ...r.conversion.flatMap(stepSourceIds)]))],
    cells,
    apiQueries: cells.length ? apiQueries(state, cells) : [],
    /** Years whose rupiah rate in this view is derived (2025's mean of twelve months): the subtitle names them. */
    derivedRateYears: [...new Set(shown.flatMap((r) => r.conversion.filter((c) => c.rateStatus === "derived").map((c) => c.ratePeriod)))],
  };
}

export type FigureView = ReturnType<typeof figureView>;

/** Every source the figures cite in a view: the page's source list holds those of the default view. */
export function viewSourceIds(points: readonly TradePoint[], resolved: ResolvedView): string[] {
  return [...new Set(FIGURE_MODELS.flatMap((m) => m.rows(points, resolved).filter((r) => (m.shown ? m.shown(r, resolved.state) : hasFigure(r))).flatMap((r) => r.sourceIds)))];
}

/** The compound growth rows' two ends, per series: the cells average growth is read from. */
function cagrCells(rows: readonly FigureRow[]): DataCell[] {
  return rows.flatMap((r) =>
    r.span && r.change
      ? [r.span.from, r.span.to].map((y) => ({ reporter: r.reporter, period: String(y), periodType: "year" as const, year: y, partner: r.partner, flow: "total" as const }))
      : [],
  );
}

export const figureModel = (id: FigureId): FigureModel => FIGURE_MODELS.find((m) => m.id === id) as FigureModel;
