import type { Scale } from "@/lib/format/number";
import { mul, ratio, toNumber } from "@/lib/money/ratio";
import type { Country, Status } from "@/lib/schema/primitives";
import { chartNumber } from "./cells";
import type { FigureRow } from "./rows";

/** Plain numbers for the chart library, in the figure's unit; exact values stay in the rows. */

export type TrendDatum = {
  x: number;
  label: string;
  /** Full-year value: null breaks the line, so gaps stay gaps. */
  value: number | null;
  /** Part-year value, drawn as its own marker and never joined to full years. */
  partial: number | null;
  status: Status | null;
  converted: boolean;
  key: string;
};

/** Where a part-year point sits: after its year, by the share of the year it covers. */
const partialX = (row: FigureRow) => {
  const m = /\/\d{4}-(\d{2})$/.exec(row.period);
  return row.year + (m ? Number(m[1]) / 12 : 0.5);
};

export function trendChartData(rows: readonly FigureRow[], scale: Scale | null): TrendDatum[] {
  return rows.map((r) => ({
    x: r.periodType === "ytd" ? partialX(r) : r.year,
    label: r.period,
    value: r.periodType === "year" ? chartNumber(r.value, scale) : null,
    partial: r.periodType === "ytd" ? chartNumber(r.value, scale) : null,
    status: r.status,
    converted: r.stated?.currency === "CNY" || Boolean(r.derivation?.includes("CNY")),
    key: r.key,
  }));
}

export type CountriesDatum = { year: number } & Partial<Record<Country, number | null>>;

export function countriesChartData(rows: readonly FigureRow[], scale: Scale | null): CountriesDatum[] {
  const byYear = new Map<number, CountriesDatum>();
  for (const r of rows) {
    const d = byYear.get(r.year) ?? { year: r.year };
    d[r.partner as Country] = chartNumber(r.value, scale);
    byYear.set(r.year, d);
  }
  return [...byYear.values()];
}

export type FlowsDatum = { period: string; export: number | null; import: number | null; balance: number | null };

export function flowsChartData(rows: readonly FigureRow[], scale: Scale | null): FlowsDatum[] {
  const byPeriod = new Map<string, FlowsDatum>();
  for (const r of rows) {
    const d = byPeriod.get(r.period) ?? { period: r.period, export: null, import: null, balance: null };
    if (r.flow !== "total") d[r.flow] = chartNumber(r.value, scale);
    byPeriod.set(r.period, d);
  }
  return [...byPeriod.values()];
}

export type SharesDatum = { partner: Country; percent: number };

export function sharesChartData(rows: readonly FigureRow[]): SharesDatum[] {
  return rows.filter((r) => r.share).map((r) => ({ partner: r.partner as Country, percent: toNumber(mul(r.share ?? ratio(0n), ratio(100n))) }));
}
