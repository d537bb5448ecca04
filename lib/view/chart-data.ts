import type { Scale } from "@/lib/format/number";
import { mul, ratio, toNumber } from "@/lib/money/ratio";
import type { Country, Status } from "@/lib/schema/primitives";
import { COUNTRIES } from "@/lib/schema/values";
import { chartNumber } from "./cells";
import type { FigureRow } from "./rows";

/** Plain numbers for the chart library, in the figure's unit; exact values stay in the rows. */

export type TrendDatum = {
  x: number;
  /** Each country's full-year total when the trend shows countries. */
  countries?: Partial<Record<Country, number | null>>;
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

/** Zero cannot sit on a log axis: such a point is left out there, never moved. */
const forAxis = (n: number | null, log: boolean) => (log && n !== null && n <= 0 ? null : n);

export function trendChartData(rows: readonly FigureRow[], scale: Scale | null, log = false): TrendDatum[] {
  const countries = new Map<number, Partial<Record<Country, number | null>>>();
  for (const r of rows) {
    if (r.partner === "CA5" || r.periodType !== "year") continue;
    countries.set(r.year, { ...countries.get(r.year), [r.partner]: forAxis(chartNumber(r.value, scale), log) });
  }
  return rows.filter((r) => r.partner === "CA5").map((r) => ({
    x: r.periodType === "ytd" ? partialX(r) : r.year,
    label: r.period,
    value: r.periodType === "year" ? forAxis(chartNumber(r.value, scale), log) : null,
    partial: r.periodType === "ytd" ? forAxis(chartNumber(r.value, scale), log) : null,
    ...(countries.size && r.periodType === "year" ? { countries: countries.get(r.year) ?? {} } : {}),
    status: r.status,
    converted: r.conversion.some((s) => s.from === "CNY"),
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
  // A year without figures keeps its category: the axis spaces years truly and every line breaks there.
  return [...byPeriod.values()];
}

export type SharesDatum = { partner: Country; percent: number };

export function sharesChartData(rows: readonly FigureRow[]): SharesDatum[] {
  return rows.filter((r) => r.share).map((r) => ({ partner: r.partner as Country, percent: toNumber(mul(r.share ?? ratio(0n), ratio(100n))) }));
}

export type WorldDatum = { year: number; percent: number | null; key: string };

export function worldChartData(rows: readonly FigureRow[]): WorldDatum[] {
  return rows.map((r) => ({ year: r.year, percent: r.share ? toNumber(mul(r.share, ratio(100n))) : null, key: r.key }));
}

export type MirrorDatum = { year: number; china: number | null; own: number | null };

export function mirrorChartData(rows: readonly FigureRow[], scale: Scale | null, log = false): MirrorDatum[] {
  const byYear = new Map<number, MirrorDatum>();
  for (const r of rows) {
    const d = byYear.get(r.year) ?? { year: r.year, china: null, own: null };
    d[r.reporter === "CHN" ? "china" : "own"] = forAxis(chartNumber(r.value, scale), log);
    byYear.set(r.year, d);
  }
  return [...byYear.values()];
}

export type YardstickDatum = { year: number; ca5: number | null; idn: number | null; ratio: number | null };

/** Both totals in the figure's unit, and the five as a percent of Indonesia, per year. */
export function yardstickChartData(rows: readonly FigureRow[], scale: Scale | null, log = false): YardstickDatum[] {
  const byYear = new Map<number, YardstickDatum>();
  for (const r of rows) {
    const d = byYear.get(r.year) ?? { year: r.year, ca5: null, idn: null, ratio: null };
    if (r.partner === "IDN") d.idn = forAxis(chartNumber(r.value, scale), log);
    else {
      d.ca5 = forAxis(chartNumber(r.value, scale), log);
      d.ratio = r.share ? toNumber(mul(r.share, ratio(100n))) : null;
    }
    byYear.set(r.year, d);
  }
  return [...byYear.values()];
}

/** Growth in percent for the chart, e.g. 6.0626 for +6.06%; null where there is no growth to draw. */
const percentOf = (r: FigureRow): number | null => (r.change ? toNumber(mul(r.change, ratio(100n))) : null);

export type ChangeDatum = { year: number } & Partial<Record<"CA5" | Country, number | null>>;

/** Each year's change on the previous one, one key per series: a null breaks the line at a gap. */
export function changeChartData(rows: readonly FigureRow[]): ChangeDatum[] {
  const byYear = new Map<number, ChangeDatum>();
  for (const r of rows) {
    if (r.partner !== "CA5" && !(COUNTRIES as readonly string[]).includes(r.partner)) continue;
    byYear.set(r.year, { ...(byYear.get(r.year) ?? { year: r.year }), [r.partner]: percentOf(r) });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export type CagrDatum = { partner: FigureRow["partner"]; percent: number | null; key: string };

export const cagrChartData = (rows: readonly FigureRow[]): CagrDatum[] => rows.map((r) => ({ partner: r.partner, percent: percentOf(r), key: r.key }));
