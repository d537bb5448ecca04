import { compoundRate } from "@/lib/money/compound";
import { compare, div, ratio, sub } from "@/lib/money/ratio";
import type { FigureRow, Range } from "./rows";

export { compoundRate };

const seriesKey = (r: FigureRow) => `${r.reporter}|${r.partner}|${r.flow}`;

/**
 * Each full year's change on the year before, in the same series: exact, (value ÷ previous) − 1.
 * A year whose previous year has no value gets none: growth is never read across a gap. Part-year
 * periods are left out, since they compare with nothing.
 */
export function withChange(rows: readonly FigureRow[]): FigureRow[] {
  const years = rows.filter((r) => r.periodType === "year");
  const byYear = new Map(years.map((r) => [`${seriesKey(r)}|${r.year}`, r]));
  return years.map((r) => {
    const prev = byYear.get(`${seriesKey(r)}|${r.year - 1}`);
    const change = r.value && prev?.value && compare(prev.value, ratio(0n)) > 0 ? sub(div(r.value, prev.value), ratio(1n)) : null;
    return { ...r, change };
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
