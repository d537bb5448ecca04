import { compare, div, ratio, sub, type Ratio } from "@/lib/money/ratio";
import type { ConversionStepJson, TradePoint } from "@/lib/schema/api";
import type { Country, Partner, Status } from "@/lib/schema/primitives";
import { COUNTRIES } from "@/lib/schema/values";
import type { ViewState } from "./state";

/**
 * A row of a figure: what its chart draws, its table shows and its CSV holds. Values are exact,
 * in whole units of the displayed currency.
 */
export type FigureRow = {
  key: string;
  period: string;
  periodType: TradePoint["periodType"];
  year: number;
  partner: Partner;
  flow: TradePoint["flow"] | "balance";
  /** null: no figure in the data, or one that cannot be converted (see `unavailable`). */
  value: Ratio | null;
  /** The same figure in US dollars, for comparisons that must not depend on a missing rate. */
  usd: Ratio | null;
  /** Share of the CA5 total of the same year (same-source USD values), where both exist. */
  share?: Ratio | null;
  status: Status | null;
  sourceIds: string[];
  conversion: ConversionStepJson[];
  unavailable: "no-data" | "no-rate" | null;
  /** The figure as its source states it, e.g. 312.04 billion CNY. */
  stated: TradePoint["stated"] | null;
  derivation?: string;
  note?: string;
};

const valueOf = (p: TradePoint): Ratio | null => (p.value === null ? null : ratio(BigInt(p.value)));

export function rowFromPoint(p: TradePoint): FigureRow {
  return {
    key: p.id,
    period: p.period,
    periodType: p.periodType,
    year: p.year,
    partner: p.partner,
    flow: p.flow,
    value: valueOf(p),
    usd: p.valueUsd === null ? null : ratio(BigInt(p.valueUsd)),
    status: p.status,
    sourceIds: [p.sourceId],
    conversion: p.conversion,
    unavailable: p.value === null ? "no-rate" : null,
    stated: p.stated,
    ...(p.derivation ? { derivation: p.derivation } : {}),
    ...(p.note ? { note: p.note } : {}),
  };
}

function missingRow(period: string, year: number, partner: Partner, flow: FigureRow["flow"]): FigureRow {
  return { key: `${period}:${partner}:${flow}:missing`, period, periodType: "year", year, partner, flow, value: null, usd: null, status: null, sourceIds: [], conversion: [], unavailable: "no-data", stated: null };
}

const find = (points: readonly TradePoint[], period: string, partner: Partner, flow: TradePoint["flow"]) =>
  points.find((p) => p.period === period && p.partner === partner && p.flow === flow);

/** CA5 totals: every full year from the first to the last in the data (gaps as no-data rows), then partial years. */
export function trendRows(points: readonly TradePoint[]): FigureRow[] {
  const totals = points.filter((p) => p.partner === "CA5" && p.flow === "total");
  const years = totals.filter((p) => p.periodType === "year").map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: FigureRow[] = [];
  for (let y = first; y <= last; y++) {
    const p = find(totals, String(y), "CA5", "total");
    rows.push(p ? rowFromPoint(p) : missingRow(String(y), y, "CA5", "total"));
  }
  return [...rows, ...totals.filter((p) => p.periodType === "ytd").map(rowFromPoint)];
}

/** Years in which at least one country has a full-year total. */
export function countryYears(points: readonly TradePoint[]): number[] {
  const ys = points.filter((p) => p.partner !== "CA5" && p.flow === "total" && p.periodType === "year").map((p) => p.year);
  return [...new Set(ys)].sort((a, b) => a - b);
}

/** Years with a CA5 total and a total for every country: the years a share can be read for. */
export function shareYears(points: readonly TradePoint[]): number[] {
  return countryYears(points).filter(
    (y) => find(points, String(y), "CA5", "total") && COUNTRIES.every((c) => find(points, String(y), c, "total")),
  );
}

function shareOf(points: readonly TradePoint[], p: TradePoint): Ratio | null {
  const total = find(points, p.period, "CA5", "total");
  if (!total || total.valueUsd === null || p.valueUsd === null || total.valueUsd === 0) return null;
  return div(ratio(BigInt(p.valueUsd)), ratio(BigInt(total.valueUsd)));
}

/** Country totals for the selected years and countries, with each one's share of that year's CA5 total. */
export function countryRows(points: readonly TradePoint[], state: Pick<ViewState, "years" | "countries">): FigureRow[] {
  return state.years.flatMap((y) =>
    state.countries.map((c: Country) => {
      const p = find(points, String(y), c, "total");
      return p ? { ...rowFromPoint(p), share: shareOf(points, p) } : missingRow(String(y), y, c, "total");
    }),
  );
}

/** Each country's share of the selected year's CA5 total, largest first. */
export function shareRows(points: readonly TradePoint[], year: number): FigureRow[] {
  return COUNTRIES.map((c) => find(points, String(year), c, "total"))
    .filter((p): p is TradePoint => Boolean(p))
    .map((p) => ({ ...rowFromPoint(p), share: shareOf(points, p) }))
    .sort((a, b) => (a.share && b.share ? compare(b.share, a.share) : 0));
}

/** Partners that have both export and import figures somewhere in the data. */
export function flowPartners(points: readonly TradePoint[]): Partner[] {
  const has = (partner: Partner) => points.some((p) => p.partner === partner && p.flow === "export") && points.some((p) => p.partner === partner && p.flow === "import");
  return (["CA5", ...COUNTRIES] as Partner[]).filter(has);
}

/** China's exports to and imports from a partner per period, and the balance (exports − imports) where both convert. */
export function flowRows(points: readonly TradePoint[], partner: Partner): FigureRow[] {
  const periods = [...new Set(points.filter((p) => p.partner === partner && (p.flow === "export" || p.flow === "import")).map((p) => p.period))].sort();
  return periods.flatMap((period) => {
    const ex = find(points, period, partner, "export");
    const im = find(points, period, partner, "import");
    const year = Number(period.slice(0, 4));
    const exRow = ex ? rowFromPoint(ex) : missingRow(period, year, partner, "export");
    const imRow = im ? rowFromPoint(im) : missingRow(period, year, partner, "import");
    const both = exRow.value && imRow.value;
    const balance: FigureRow = {
      key: `${period}:${partner}:balance`,
      period,
      periodType: exRow.periodType,
      year,
      partner,
      flow: "balance",
      value: both ? sub(exRow.value as Ratio, imRow.value as Ratio) : null,
      usd: exRow.usd && imRow.usd ? sub(exRow.usd, imRow.usd) : null,
      status: both ? "derived" : null,
      sourceIds: [...new Set([...exRow.sourceIds, ...imRow.sourceIds])],
      conversion: exRow.conversion,
      unavailable: both ? null : exRow.unavailable === "no-data" || imRow.unavailable === "no-data" ? "no-data" : "no-rate",
      stated: null,
      ...(both ? { derivation: "exports − imports" } : {}),
    };
    return [exRow, imRow, balance];
  });
}
