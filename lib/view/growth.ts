import { compoundRate } from "@/lib/money/compound";
import { compare, div, mul, ratio, sub } from "@/lib/money/ratio";
import type { FigureRow, Range } from "./rows";

export { compoundRate };

const seriesKey = (r: FigureRow) => `${r.reporter}|${r.partner}|${r.flow}`;

/**
 * The value a year's change is read against: the year before from the same source where the data
 * has it (the shown figure, or that source's alternative for the cell), else the shown figure,
 * flagged as crossing sources. Values stay in the view's money: an alternative held in US dollars
 * goes through the same factor as the figure shown for that year.
 */
function changeBase(r: FigureRow, prev: FigureRow): NonNullable<FigureRow["changeFrom"]> | null {
  if (!prev.value) return null;
  const source = r.sourceIds[0];
  const base = { value: prev.value, year: prev.year, sourceId: prev.sourceIds[0] ?? "", kind: "same" as const };
  if (source === undefined || prev.sourceIds.includes(source)) return base;
  const alt = prev.alternatives.find((a) => a.sourceId === source && a.valueUsd !== null);
  if (alt && prev.usd && prev.usd.num !== 0n) {
    return { value: mul(ratio(BigInt(alt.valueUsd as number)), div(prev.value, prev.usd)), year: prev.year, sourceId: source, kind: "like-for-like" };
  }
  return { ...base, kind: "crosses" };
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
    return { ...r, change: sub(div(r.value, from.value), ratio(1n)), changeFrom: from };
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
        span: { from: range.from, to: range.to, first: first.value },
        status: change ? "derived" : null,
        sourceIds: [...new Set([...first.sourceIds, ...last.sourceIds])],
        conversion: [...first.conversion, ...last.conversion],
        unavailable: change ? null : (missing?.unavailable ?? "no-data"),
        alternatives: [],
        stated: null,
        ...(change ? { derivation: `(${range.to} ÷ ${range.from})^(1/${n}) − 1, over ${n} years` } : {}),
      },
    ];
  });
}
