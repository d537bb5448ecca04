import { compoundRate } from "@/lib/money/compound";
import { compare, div, mul, ratio, sub, type Ratio } from "@/lib/money/ratio";
import type { FigureRow, Range } from "./rows";

export { compoundRate };

const seriesKey = (r: FigureRow) => `${r.reporter}|${r.partner}|${r.flow}`;

type Candidate = { value: Ratio; sourceId: string; currency: string | null; shown: boolean };

/** A row's figure and its alternatives, all in the view's money: an alternative goes through the factor of the row's own figure. */
function candidates(r: FigureRow): Candidate[] {
  if (!r.value) return [];
  const shown: Candidate = { value: r.value, sourceId: r.sourceIds[0] ?? "", currency: r.stated?.currency ?? null, shown: true };
  const factor = r.usd && r.usd.num !== 0n ? div(r.value, r.usd) : null;
  const alts = factor
    ? r.alternatives.flatMap((a) => (a.valueUsd === null ? [] : [{ value: mul(ratio(BigInt(a.valueUsd)), factor), sourceId: a.sourceId, currency: a.stated.currency, shown: false }]))
    : [];
  return [shown, ...alts];
}

/**
 * The two figures a year's change is read from: like with like where the data allows. Best, the
 * same source in the same currency (the shown figure of this year against the year before's, or
 * that source's alternative for it); else two figures stated in the same currency (yuan views:
 * China's yuan statement of one year is not set against a dollar figure converted for the other),
 * flagged as crossing sources; else the two shown figures, flagged.
 */
function changeBase(r: FigureRow, prev: FigureRow): NonNullable<FigureRow["changeFrom"]> | null {
  const now = candidates(r);
  const before = candidates(prev);
  const pairs = now.flatMap((a) => before.map((b) => ({ a, b })));
  const sameKind = (p: { a: Candidate; b: Candidate }) => p.a.currency === p.b.currency;
  const best =
    pairs.find((p) => p.a.shown && p.a.sourceId === p.b.sourceId && sameKind(p)) ??
    pairs.find((p) => p.a.sourceId === p.b.sourceId && sameKind(p)) ??
    pairs.find((p) => p.a.shown && p.b.shown && sameKind(p)) ??
    pairs.find((p) => p.a.shown && sameKind(p)) ??
    pairs.find((p) => sameKind(p)) ??
    pairs.find((p) => p.a.shown && p.b.shown);
  if (!best) return null;
  const kind = best.a.sourceId !== best.b.sourceId ? "crosses" : best.a.shown && best.b.shown ? "same" : "like-for-like";
  const to = best.a.shown ? {} : { to: best.a.value, toSourceId: best.a.sourceId, ...(best.a.currency !== now[0]?.currency ? { toOtherCurrency: true as const } : {}) };
  return { value: best.b.value, year: prev.year, sourceId: best.b.sourceId, kind, ...to };
}

/**
 * Each full year's change on the year before, in the same series: exact, (value ÷ previous) − 1,
 * compared like with like where the data allows (see changeBase). A year whose previous year has
 * no value gets none: growth is never read across a gap. Part-year periods are left out, since
 * they compare with nothing.
 */
export function withChange(rows: readonly FigureRow[]): FigureRow[] {
  const years = rows.filter((r) => r.periodType === "year");
  const byYear = new Map(years.map((r) => [`${seriesKey(r)}|${r.year}`, r]));
  return years.map((r) => {
    const prev = byYear.get(`${seriesKey(r)}|${r.year - 1}`);
    const from = r.value && prev ? changeBase(r, prev) : null;
    if (!r.value || !from || compare(from.value, ratio(0n)) <= 0) return { ...r, change: null };
    return { ...r, change: sub(div(from.to ?? r.value, from.value), ratio(1n)), changeFrom: from };
  });
}

/**
 * One row per series: the compound annual growth from the range's first year to its last. It spans
 * the years between (and says so); where either end has no value there is none, and the row names
 * the missing year.
 */
export function cagrRows(rows: readonly FigureRow[], range: Range): FigureRow[] {
  const years = rows.filter((r) => r.periodType === "year");
  const series = [...new Set(years.map(seriesKey))];
  const n = range.to - range.from;
  return series.flatMap((key) => {
    const first = years.find((r) => seriesKey(r) === key && r.year === range.from);
    const last = years.find((r) => seriesKey(r) === key && r.year === range.to);
    if (!first || !last) return [];
    const change = first.value && last.value ? compoundRate(first.value, last.value, n) : null;
    const missing = !first.value ? first : !last.value ? last : null;
    return [
      {
        ...last,
        key: `${key}|cagr|${range.from}-${range.to}`,
        period: `${range.from}–${range.to}`,
        change,
        span: { from: range.from, to: range.to, first: first.value, ...(first.insteadOf ? { firstInsteadOf: first.insteadOf } : {}) },
        status: change ? "derived" : null,
        sourceIds: [...new Set([...first.sourceIds, ...last.sourceIds])],
        conversion: [...first.conversion, ...last.conversion],
        unavailable: change ? null : (missing?.unavailable ?? "no-data"),
        alternatives: [],
        stated: null,
        // The last year's own formula is not this row's: its derivation is the compound growth.
        formula: undefined,
        ...(change ? { derivation: `(${range.to} ÷ ${range.from})^(1/${n}) − 1, over ${n} years` } : {}),
      },
    ];
  });
}
