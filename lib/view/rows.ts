import { add, compare, div, ratio, sub, type Ratio } from "@/lib/money/ratio";
import type { ConversionStepJson, TradePoint } from "@/lib/schema/api";
import type { WorkedFormula, WorkedInput } from "@/lib/schema/api-formula";
import type { Country, Partner, Reporter, Status } from "@/lib/schema/primitives";
import { COUNTRIES } from "@/lib/schema/values";
import type { ViewState } from "./state";

/**
 * A row of a figure: what its chart draws, its table shows and its CSV holds. Values are exact,
 * in whole units of the displayed currency.
 */
export type FigureRow = {
  key: string;
  /** Who states the figure: China's customs, or the partner country (the mirror figure). */
  reporter: Reporter;
  period: string;
  periodType: TradePoint["periodType"];
  year: number;
  partner: Partner;
  flow: TradePoint["flow"] | "balance";
  /** null: no figure in the data, or one that cannot be converted (see `unavailable`). */
  value: Ratio | null;
  /** The same figure in US dollars, for comparisons that must not depend on a missing rate. */
  usd: Ratio | null;
  /** Share of the five countries' combined figure of the same year (see shareOf), where all five exist. */
  share?: Ratio | null;
  /** Mirror figure: China's figure ÷ the partner's own, where both exist. */
  gap?: Ratio | null;
  /** Growth views: the change on the previous year, or (with `span`) the compound annual growth. */
  change?: Ratio | null;
  /**
   * Year-on-year views: what the change was read against. "like-for-like": the year before in this
   * row's source (an alternative to the figure shown for it); "crosses": two sources, flagged. `to`:
   * this year's figure the change was read from, where it is not the one shown (another currency's).
   */
  changeFrom?: { value: Ratio; year: number; sourceId: string; kind: "same" | "like-for-like" | "crosses"; to?: Ratio; toSourceId?: string; toOtherCurrency?: true };
  /** A compound annual growth row: the years it spans and the first year's value. */
  span?: { from: number; to: number; first: Ratio | null; firstInsteadOf?: FigureRow["insteadOf"] };
  /** Other sources' figures for the same cell. */
  alternatives: TradePoint["alternatives"];
  status: Status | null;
  sourceIds: string[];
  conversion: ConversionStepJson[];
  unavailable: "no-data" | "no-rate" | null;
  /** The figure as its source states it, e.g. 312.04 billion CNY. */
  stated: TradePoint["stated"] | null;
  /** In English, as data/ states it (the CSV's words); pages write `formula` out in their own language. */
  derivation?: string | undefined;
  formula?: WorkedFormula | undefined;
  note?: string | undefined;
  /** The note in Indonesian. */
  noteId?: string | undefined;
  /** A yuan view's comparison reads this year's dollar figure converted: the statement it stands in for (rows-dollars.ts). */
  insteadOf?: { value: Ratio; sourceId: string };
};

const valueOf = (p: TradePoint): Ratio | null => (p.valueText === null ? null : ratio(BigInt(p.valueText)));

export function rowFromPoint(p: TradePoint): FigureRow {
  return {
    key: p.id,
    reporter: p.reporter,
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
    unavailable: p.valueText === null ? "no-rate" : null,
    stated: p.stated,
    alternatives: p.alternatives,
    ...(p.derivation ? { derivation: p.derivation } : {}),
    ...(p.formula ? { formula: p.formula } : {}),
    ...(p.note ? { note: p.note } : {}),
    ...(p.noteId ? { noteId: p.noteId } : {}),
  };
}

/** A figure as an input of a formula this view computes: its amount as stated, its cell and source. */
const amountOf = (p: TradePoint): WorkedInput => ({ kind: "amount", ...p.stated, sourceId: p.sourceId, cell: { period: p.period, reporter: p.reporter, partner: p.partner, flow: p.flow } });

export function missingRow(period: string, year: number, partner: Partner, flow: FigureRow["flow"], reporter: Reporter = "CHN"): FigureRow {
  return { key: `${period}:${reporter}:${partner}:${flow}:missing`, reporter, period, periodType: "year", year, partner, flow, value: null, usd: null, status: null, sourceIds: [], conversion: [], unavailable: "no-data", stated: null, alternatives: [] };
}

const pointKey = (period: string, partner: Partner, flow: TradePoint["flow"], reporter: Reporter) => `${period}|${reporter}|${partner}|${flow}`;
const indexes = new WeakMap<readonly TradePoint[], Map<string, TradePoint>>();

/**
 * A figure of China's customs (or, with `reporter`, of a country's own statistics). The points are
 * indexed once per array, since every figure looks up hundreds of cells on every toggle.
 */
export function find(points: readonly TradePoint[], period: string, partner: Partner, flow: TradePoint["flow"], reporter: Reporter = "CHN"): TradePoint | undefined {
  let index = indexes.get(points);
  if (!index) {
    index = new Map();
    for (const p of points) if (!index.has(pointKey(p.period, p.partner, p.flow, p.reporter))) index.set(pointKey(p.period, p.partner, p.flow, p.reporter), p);
    indexes.set(points, index);
  }
  return index.get(pointKey(period, partner, flow, reporter));
}

export type Range = { from: number; to: number };
export const inRange = (year: number, r: Range) => year >= r.from && year <= r.to;

/**
 * The part-year figures a yearly figure draws: only those of a year its series has no full-year
 * figure for (the year in progress). Part of a year that has its whole year beside it is read
 * against the same months of the year before, in the year-so-far panel, not among the years.
 */
export function yearInProgress(series: readonly TradePoint[]): TradePoint[] {
  const full = new Set(series.filter((p) => p.periodType === "year").map((p) => p.year));
  return series.filter((p) => p.periodType === "ytd" && !full.has(p.year));
}

/**
 * Totals for the trend: the five together and, with `lines: "countries"`, each country too; every
 * full year of the range (gaps as no-data rows), then the part of a year in progress.
 */
export function trendRows(points: readonly TradePoint[], range: Range, partners: readonly Partner[] = ["CA5"]): FigureRow[] {
  return partners.flatMap((partner) => {
    const totals = points.filter((p) => p.reporter === "CHN" && p.partner === partner && p.flow === "total" && inRange(p.year, range));
    const rows: FigureRow[] = [];
    for (let y = range.from; y <= range.to; y++) {
      const p = find(totals, String(y), partner, "total");
      rows.push(p ? rowFromPoint(p) : missingRow(String(y), y, partner, "total"));
    }
    return [...rows, ...yearInProgress(totals).map(rowFromPoint)];
  });
}

/** Every full year from the first to the last that China's CA5 total covers. */
export function allYears(points: readonly TradePoint[]): number[] {
  const ys = points.filter((p) => p.reporter === "CHN" && p.partner === "CA5" && p.flow === "total" && p.periodType === "year").map((p) => p.year);
  const [first, last] = [Math.min(...ys), Math.max(...ys)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Years in which at least one country has a full-year total. */
export function countryYears(points: readonly TradePoint[]): number[] {
  const countries: readonly string[] = COUNTRIES;
  const ys = points.filter((p) => p.reporter === "CHN" && countries.includes(p.partner) && p.flow === "total" && p.periodType === "year").map((p) => p.year);
  return [...new Set(ys)].sort((a, b) => a - b);
}

/** Years with a CA5 total and a total for every country: the years a share can be read for. */
export function shareYears(points: readonly TradePoint[]): number[] {
  return countryYears(points).filter(
    (y) => find(points, String(y), "CA5", "total") && COUNTRIES.every((c) => find(points, String(y), c, "total")),
  );
}

/**
 * A country's share of the five countries' combined figure for its period: every part from one
 * series and one currency, so the five add up to 100% exactly. In the view's currency where all
 * five convert (a figure stated in yuan stays as stated), else in US dollars; null unless all five
 * have a figure.
 */
function shareOf(points: readonly TradePoint[], p: TradePoint): Ratio | null {
  const five = fiveOf(points, p.period);
  const mine = five && (five.inView ? p.valueText : p.valueUsd);
  return five && mine !== null && mine !== undefined ? div(ratio(BigInt(mine)), five.total) : null;
}

type Five = { total: Ratio; inView: boolean } | null;
const fives = new WeakMap<readonly TradePoint[], Map<string, Five>>();

/** The five's combined figure of a period, once per points array: every share of the period divides by it. */
function fiveOf(points: readonly TradePoint[], period: string): Five {
  let byPeriod = fives.get(points);
  if (!byPeriod) fives.set(points, (byPeriod = new Map()));
  if (byPeriod.has(period)) return byPeriod.get(period) ?? null;
  const five = COUNTRIES.map((c) => find(points, period, c, "total"));
  let found: Five = null;
  for (const inView of [true, false]) {
    const values = five.map((x) => (x ? (inView ? x.valueText : x.valueUsd) : null));
    if (values.some((v) => v === null)) continue;
    const total = values.reduce<Ratio>((sum, v) => add(sum, ratio(BigInt(v as string | number))), ratio(0n));
    found = total.num === 0n ? null : { total, inView };
    break;
  }
  byPeriod.set(period, found);
  return found;
}

/** Country totals for the selected years and countries, with each one's share of that year's CA5 total. */
export function countryRows(points: readonly TradePoint[], state: Pick<ViewState, "years" | "countries" | "from" | "to">): FigureRow[] {
  return state.years.filter((y) => inRange(y, state)).flatMap((y) =>
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
  const has = (partner: Partner) => points.some((p) => p.reporter === "CHN" && p.partner === partner && p.flow === "export") && points.some((p) => p.reporter === "CHN" && p.partner === partner && p.flow === "import");
  return (["CA5", ...COUNTRIES] as Partner[]).filter(has);
}

/** China's exports to and imports from a partner per period, and the balance (exports − imports) where both convert. */
export function flowRows(points: readonly TradePoint[], partner: Partner, range: Range): FigureRow[] {
  const flows = points.filter((p) => p.reporter === "CHN" && p.partner === partner && (p.flow === "export" || p.flow === "import") && inRange(p.year, range));
  const found = [...flows.filter((p) => p.periodType === "year"), ...yearInProgress(flows)];
  // Every full year from the first to the last with a figure, so a missing year stays a gap on the axis.
  const years = found.filter((p) => p.periodType === "year").map((p) => p.year);
  const span = years.length ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => String(Math.min(...years) + i)) : [];
  const periods = [...new Set([...span, ...found.map((p) => p.period)])].sort();
  return periods.flatMap((period) => {
    const ex = find(points, period, partner, "export");
    const im = find(points, period, partner, "import");
    const year = Number(period.slice(0, 4));
    const exRow = ex ? rowFromPoint(ex) : missingRow(period, year, partner, "export");
    const imRow = im ? rowFromPoint(im) : missingRow(period, year, partner, "import");
    const both = exRow.value && imRow.value;
    const balance: FigureRow = {
      key: `${period}:${partner}:balance`,
      reporter: "CHN",
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
      alternatives: [],
      ...(both && ex && im ? { derivation: "exports − imports", formula: { op: "difference", inputs: [amountOf(ex), amountOf(im)] } } : {}),
    };
    return [exRow, imRow, balance];
  });
}
