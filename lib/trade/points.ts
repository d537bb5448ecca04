import type { Observation, TradeData } from "@/lib/data/types";
import { div, mul, ratio, sub, toDecimalString, toInteger, type Ratio } from "@/lib/money/ratio";
import type { ConversionStepJson, PricesInfo, RateInfo, TradePoint, TradeQuery, TradeResponse } from "@/lib/schema/api";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { convert, deflate, toUsd, type Conversion, type ConversionStep } from "./convert";
import { articleRate } from "./rates";
import { withReaderRate } from "./reader-rate";
import { displaySeries } from "./series";
import { workFormula } from "./worked-formula";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const wholeUnits = (value: Ratio): number => {
  const n = toInteger(value);
  // Every figure in data/ is far below 2^53 in rupiah; a value beyond that must not lose digits silently.
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`value ${n} exceeds a JSON-safe integer`);
  return Number(n);
};

/**
 * A price index link names the index as its rate: basis "cpi_u", period its year. A derived rate
 * says so, how, and every source its inputs came from.
 */
export const stepJson = (s: ConversionStep): ConversionStepJson => {
  if (s.kind === "index") return { from: s.from, to: s.to, operation: s.operation, rate: s.index.statedValue, rateBasis: "cpi_u", ratePeriod: String(s.index.year), rateSourceId: s.index.sourceId };
  const step = { from: s.from, to: s.to, operation: s.operation, rate: s.rate.statedValue, rateBasis: s.rate.basis, ratePeriod: s.rate.period, rateSourceId: s.rate.sourceId };
  const inputs = s.rate.derivedFrom;
  if (!inputs) return step;
  return { ...step, rateStatus: "derived", rateDerivation: s.rate.note ?? "derived", rateSourceIds: [...new Set(inputs.map((r) => r.sourceId))] };
};

/** Every source a conversion step's rate comes from: one, or a derived rate's inputs'. */
export const stepSourceIds = (s: ConversionStepJson): string[] => s.rateSourceIds ?? [s.rateSourceId];

/** Constant US dollars of a base year, where a view asks for them; US dollars only. */
export type Prices = { base: number } | null;

const cellKey = (o: Observation) => `${o.period}|${o.reporter}|${o.partner}|${o.flow}`;
const cells = new WeakMap<readonly Observation[], Map<string, Observation[]>>();

/** Every figure for one cell, from every source: indexed once per dataset. */
function cellFigures(data: TradeData, o: Observation): Observation[] {
  let index = cells.get(data.observations);
  if (!index) {
    index = new Map();
    for (const x of data.observations) index.set(cellKey(x), [...(index.get(cellKey(x)) ?? []), x]);
    cells.set(data.observations, index);
  }
  return index.get(cellKey(o)) ?? [];
}

/** A derived figure's formula with its numbers, where it has one and every input is in the data. */
function formulaOf(o: Observation, data: TradeData): Pick<TradePoint, "formula"> {
  const worked = o.formula ? workFormula(o.formula, data) : undefined;
  return worked ? { formula: worked } : {};
}

/** The other sources' figures for the same cell, each with its difference from the shown one in US dollars. */
export function alternativesOf(o: Observation, usd: Ratio | null, data: TradeData): TradePoint["alternatives"] {
  return cellFigures(data, o)
    .filter((x) => x !== o && !(x.sourceId === o.sourceId && x.currency !== o.currency))
    .map((x) => {
      const alt = toUsd(x, data.rates);
      const altUsd = alt.ok ? alt.value : null;
      const diff = altUsd && usd && usd.num !== 0n ? mul(div(sub(altUsd, usd), usd), ratio(100n)) : null;
      return {
        sourceId: x.sourceId,
        status: x.status,
        stated: { value: x.statedValue, unit: x.unit, currency: x.currency },
        valueUsd: altUsd ? wholeUnits(altUsd) : null,
        differencePercent: diff ? toDecimalString(diff, 2) : null,
        ...(x.derivation ? { derivation: x.derivation } : {}),
        ...formulaOf(x, data),
        primary: x.primary,
        ...(alt.ok && alt.steps.length ? { toUsd: alt.steps.map(stepJson) } : {}),
      };
    });
}

/** An observation in the reader's currency, exact, with every rate and price index it went through. */
export function conversionOf(o: Observation, currency: DisplayCurrency, basis: RateBasis, data: TradeData, prices: Prices = null): Conversion {
  const nominal = convert(o, currency, basis, data.rates);
  return prices && currency === "USD" ? deflate(nominal, o.year, prices.base, data.cpi) : nominal;
}

/** One observation in the reader's currency, ready for JSON, charts and tables. */
export function toPoint(o: Observation, currency: DisplayCurrency, basis: RateBasis, data: TradeData, prices: Prices = null): TradePoint {
  const c = conversionOf(o, currency, basis, data, prices);
  const exact = c.ok ? toInteger(c.value) : null;
  return {
    id: o.id,
    reporter: o.reporter,
    period: o.period,
    periodType: o.periodType,
    year: o.year,
    partner: o.partner,
    flow: o.flow,
    value: exact !== null && exact <= SAFE ? Number(exact) : null,
    valueText: exact === null ? null : exact.toString(),
    currency,
    valueUsd: c.usd ? wholeUnits(c.usd) : null,
    status: o.status,
    sourceId: o.sourceId,
    stated: { value: o.statedValue, unit: o.unit, currency: o.currency },
    ...(o.derivation ? { derivation: o.derivation } : {}),
    ...formulaOf(o, data),
    ...(o.note ? { note: o.note } : {}),
    ...(o.noteId ? { noteId: o.noteId } : {}),
    conversion: c.steps.map(stepJson),
    unavailable: !c.ok
      ? {
          reason: c.reason.code,
          message:
            c.reason.code === "no-price-index"
              ? `no CPI-U annual average for ${c.reason.year} in the data; not deflated`
              : `no annual average ${c.reason.pair} rate for ${c.reason.year} in the data; not converted at any other rate`,
        }
      : exact !== null && exact > SAFE
        ? { reason: "beyond-safe-integer", message: "the value exceeds 2^53, which a JSON number cannot hold exactly; read valueText" }
        : null,
    alternatives: alternativesOf(o, c.usd, data),
  };
}

/** What the rupiah rate (or, for yuan, each year's USD/CNY average) was for a whole answer. */
export function rateInfo(q: { currency: DisplayCurrency; rate: RateBasis; idrPerUsd?: string | undefined }, data: TradeData): RateInfo {
  if (q.currency === "CNY") {
    return { basis: q.rate, idrPerUsd: null, sourceId: null, date: null, description: "yuan: each observation's own year's average USD/CNY rate (Federal Reserve); figures China stated in yuan are shown as stated; the rupiah rate does not apply" };
  }
  if (q.rate === "annual") {
    return { basis: q.rate, idrPerUsd: null, sourceId: null, date: null, description: "each observation's own year's average USD/IDR rate; where no source publishes a year's average but the data holds its twelve monthly averages (2025), their mean, marked derived (rateStatus) with its sources (rateSourceIds); see each observation's conversion" };
  }
  if (q.rate === "custom") {
    return { basis: q.rate, idrPerUsd: q.idrPerUsd ?? null, sourceId: null, date: null, description: "your rate: the rupiah per US dollar given in idrPerUsd, for every year" };
  }
  const rate = articleRate(data.rates);
  return { basis: q.rate, idrPerUsd: rate.statedValue, sourceId: rate.sourceId, date: rate.period, description: "the rate the ANTARA article states, for every year" };
}

/**
 * The years constant dollars can be based on, for the page and the API alike: those the record
 * covers whole and the US CPI-U has (a base without an index would make every value null).
 */
export function baseYears(data: TradeData): number[] {
  const full = new Set(data.observations.filter((o) => o.periodType === "year").map((o) => o.year));
  return data.cpi.map((c) => c.year).filter((y) => full.has(y));
}

/** The latest of them: constant dollars' default base. */
export const defaultBaseYear = (data: TradeData): number => Math.max(...baseYears(data));

export function pricesInfo(prices: Prices): PricesInfo {
  if (!prices) return { basis: "nominal", baseYear: null, description: "nominal: US dollars of each observation's own year" };
  return { basis: "constant", baseYear: prices.base, description: `constant ${prices.base} US dollars: each value × CPI-U ${prices.base} ÷ CPI-U of its own year (US BLS, all items, 1982–84 = 100)` };
}

type Selection = Pick<TradeQuery, "partner" | "flow" | "from" | "to"> & Partial<Pick<TradeQuery, "years" | "periodType">> & { reporter?: TradeQuery["reporter"] };

export function selectObservations(data: TradeData, q: Selection & { currency?: DisplayCurrency }): Observation[] {
  return displaySeries(data.observations, q.currency).filter(
    (o) =>
      o.reporter === (q.reporter ?? "CHN") &&
      (!q.partner || q.partner.includes(o.partner)) &&
      (!q.flow || q.flow.includes(o.flow)) &&
      (q.from === undefined || o.year >= q.from) &&
      (q.to === undefined || o.year <= q.to) &&
      (!q.years || q.years.includes(o.year)) &&
      (!q.periodType || o.periodType === q.periodType),
  );
}

type Money = Pick<TradeQuery, "currency" | "rate"> & Partial<Pick<TradeQuery, "idrPerUsd" | "prices" | "base">>;

export function tradeResponse(data: TradeData, q: Selection & Money): TradeResponse {
  const withRate = withReaderRate(data, q.rate === "custom" ? (q.idrPerUsd ?? null) : null);
  const prices: Prices = q.prices === "constant" ? { base: q.base ?? defaultBaseYear(data) } : null;
  return {
    reporter: q.reporter ?? "CHN",
    currency: q.currency,
    rate: rateInfo(q, data),
    prices: pricesInfo(prices),
    observations: selectObservations(data, q).map((o) => toPoint(o, q.currency, q.rate, withRate, prices)),
  };
}

/** The years the API accepts: those the data covers. */
export function yearBounds(data: TradeData): { minYear: number; maxYear: number } {
  const years = data.observations.map((o) => o.year);
  return { minYear: Math.min(...years), maxYear: Math.max(...years) };
}

