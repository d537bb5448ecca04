import { formatPeriod } from "@/lib/format/date";
import { fill } from "@/lib/i18n/fill";
import type { TradePoint } from "@/lib/schema/api";
import { moneyText, type CellContext } from "./cells";
import { shortPublisher, type SourceLookup } from "./provenance";
import { find, rowFromPoint, type FigureRow } from "./rows";
import { markersIn, yearSpan, type ResolvedView } from "./resolve";
import type { FigureId } from "./state";
import { flowsSumNote } from "./summaries";
import type { ChartMarker } from "./timeline";

/** A note under a figure: text, and links where it names things elsewhere on the page (the events). */
export type FigureNote = { key: string; text: string; links?: { href: string; text: string }[] };

export type NoteInput = {
  rows: readonly FigureRow[];
  resolved: ResolvedView;
  /** The sentence context: the view's unit per number. */
  ctx: CellContext;
  points: readonly TradePoint[];
  markers: readonly ChartMarker[];
  sources: SourceLookup;
};


/** Where a figure could not follow a setting as given: said in its notes, never silently. */
function adjustmentNotes(id: FigureId, { resolved, ctx }: NoteInput): FigureNote[] {
  const a = resolved.adjustments[id];
  const range = yearSpan(resolved.state.from, resolved.state.to);
  if (a?.kind === "years") {
    const asked = a.asked.join(", ");
    return [{ key: "adjusted", text: a.shown.length ? fill(ctx.t.yearsOutside, { asked, range, shown: a.shown.join(", ") }) : fill(ctx.t.yearsOutsideNone, { asked, range }) }];
  }
  if (a?.kind === "years-dropped") return [{ key: "adjusted", text: fill(ctx.t.yearsDropped, { range, dropped: a.dropped.join(", ") }) }];
  if (a?.kind === "year") {
    return [{ key: "adjusted", text: a.shown === null ? fill(ctx.t.yearOutsideNone, { asked: a.asked, range }) : fill(ctx.t.yearOutside, { asked: a.asked, range, shown: a.shown }) }];
  }
  return [];
}

/**
 * Where a yuan view's comparison reads China's dollar figure converted instead of its yuan statement
 * (rows-dollars.ts): the years, each with the figure shown and the statement it stands in for.
 */
function dollarRowsNote({ rows, ctx }: NoteInput, sentence: string): FigureNote[] {
  const ends = rows.flatMap((r) => [
    ...(r.span?.firstInsteadOf && r.span.first ? [{ row: { ...r, value: r.span.first }, year: r.span.from, statement: r.span.firstInsteadOf.value }] : []),
    ...(r.insteadOf && r.value ? [{ row: r, year: r.span ? r.span.to : r.year, statement: r.insteadOf.value }] : []),
  ]);
  if (!ends.length) return [];
  const list = ends.map(({ row, year, statement }) => {
    const who = row.partner === "CA5" ? "" : `${ctx.t.partners[row.partner]} `;
    return fill(ctx.t.dollarRowsItem, { year: `${who}${year}`, value: moneyText(row, ctx), stated: moneyText({ ...row, value: statement }, ctx) });
  });
  return [{ key: "dollar-rows", text: fill(sentence, { list: list.join("; ") }) }];
}

/** Year-on-year changes read against another source than the one shown: named, with the source. */
function changeNotes({ rows, ctx, sources }: NoteInput): FigureNote[] {
  const sourceName = (id: string) => shortPublisher(sources[id]?.publisher ?? id);
  const withFrom = rows.filter((r) => r.change && r.changeFrom);
  const likeForLike = withFrom.filter((r) => r.changeFrom?.kind === "like-for-like");
  const crosses = withFrom.filter((r) => r.changeFrom?.kind === "crosses");
  const notes: FigureNote[] = [];
  for (const source of new Set(likeForLike.map((r) => r.changeFrom?.sourceId ?? ""))) {
    const years = [...new Set(likeForLike.filter((r) => r.changeFrom?.sourceId === source).map((r) => r.year))];
    notes.push({ key: `like-${source}`, text: fill(ctx.t.likeForLikeNote, { years: years.join(", "), source: sourceName(source) }) });
  }
  const otherCurrency = withFrom.filter((x) => x.changeFrom?.toOtherCurrency);
  for (const source of new Set(otherCurrency.map((r) => r.changeFrom?.toSourceId ?? ""))) {
    const years = [...new Set(otherCurrency.filter((r) => r.changeFrom?.toSourceId === source).map((r) => r.year))].join(", ");
    notes.push({ key: `currency-${source}`, text: fill(ctx.t.otherCurrencyNote, { years, source: sourceName(source) }) });
  }
  const crossYears = [...new Set(crosses.map((r) => r.year))];
  if (crossYears.length) notes.push({ key: "crosses", text: fill(ctx.t.crossSourceNote, { years: crossYears.join(", ") }) });
  return notes;
}

function trendNotes(input: NoteInput): FigureNote[] {
  const { rows, resolved, ctx } = input;
  const s = resolved.state;
  const t = ctx.t;
  const partial = s.growth === "level" ? [...new Set(rows.filter((r) => r.periodType === "ytd").map((r) => formatPeriod(r.period, ctx.locale)))] : [];
  const reportedTotals = [1992, 1995].some((y) => (s.growth === "cagr" ? y === s.from || y === s.to : y >= s.from && y <= s.to));
  const markers = s.growth === "level" ? markersIn(input.markers, s) : [];
  // Yuan as China stated it beside dollars converted: the reader should know which is which.
  const statedYuan = s.currency === "CNY" && s.growth !== "yoy" ? [...new Set(rows.filter((r) => r.periodType === "year" && r.stated?.currency === "CNY" && r.value).map((r) => r.year))] : [];
  const notes: (FigureNote | false)[] = [
    s.growth === "yoy" && { key: "yoy", text: t.yoyNote },
    s.growth === "cagr" && { key: "cagr", text: t.cagrNote },
    s.growth !== "level" && s.scale === "log" && { key: "log", text: t.logGrowthNote },
    { key: "gap", text: t.gapNote },
    partial.length > 0 && { key: "partial", text: fill(t.partialNote, { period: partial.join(", ") }) },
    reportedTotals && { key: "sum", text: t.headlineSumNote },
    s.lines === "countries" && { key: "lines", text: t.linesNote },
    statedYuan.length > 0 && { key: "cny", text: fill(t.cnyStatedNote, { years: statedYuan.join(", ") }) },
    markers.length > 0 && { key: "events", text: `${t.context.markersLabel}:`, links: markers.map((m) => ({ href: `#event-${m.label}`, text: `${m.label}. ${m.title}` })) },
  ];
  return [...notes.filter((n): n is FigureNote => n !== false), ...(s.growth === "yoy" ? changeNotes(input) : []), ...dollarRowsNote(input, t.dollarRowsChange)];
}

function flowsNotes({ rows, resolved, ctx, points, sources }: NoteInput): FigureNote[] {
  const total = (period: string) => {
    const p = find(points, period, resolved.state.partner, "total");
    return p ? rowFromPoint(p) : null;
  };
  const sum = flowsSumNote(rows, total, ctx, (id) => shortPublisher(sources[id]?.publisher ?? id));
  return [{ key: "gap", text: ctx.t.gapNote }, ...(sum ? [{ key: "sum", text: sum }] : [])];
}

/** Every note a figure carries in a view: what it shows, and what it could not follow. */
export function figureNotes(id: FigureId, input: NoteInput): FigureNote[] {
  const t = input.ctx.t;
  const own: Record<FigureId, () => FigureNote[]> = {
    trend: () => trendNotes(input),
    countries: () => [{ key: "shares", text: t.sharesNote }],
    flows: () => flowsNotes(input),
    shares: () => (input.rows.length ? [{ key: "shares", text: t.sharesNote }] : []),
    world: () => [
      { key: "world", text: t.worldNote },
      { key: "share", text: t.worldShareNote },
    ],
    mirror: () => [{ key: "mirror", text: t.mirrorNote }],
    indonesia: () => [{ key: "yardstick", text: t.yardstickNote }, ...dollarRowsNote(input, t.dollarRowsRatio)],
  };
  return [...adjustmentNotes(id, input), ...own[id]()];
}
