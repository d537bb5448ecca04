import type { Dataset, Observation } from "@/lib/data/types";
import { toInteger, type Ratio } from "@/lib/money/ratio";
import type { RateInfo, TradePoint, TradeQuery, TradeResponse } from "@/lib/schema/api";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { convert, type ConversionStep } from "./convert";
import { articleRate } from "./rates";
import { displaySeries } from "./series";

const wholeUnits = (value: Ratio): number => {
  const n = toInteger(value);
  // Every figure in data/ is far below 2^53 in rupiah; a value beyond that must not lose digits silently.
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`value ${n} exceeds a JSON-safe integer`);
  return Number(n);
};

const stepJson = (s: ConversionStep) => ({
  from: s.from,
  to: s.to,
  operation: s.operation,
  rate: s.rate.statedValue,
  rateBasis: s.rate.basis,
  ratePeriod: s.rate.period,
  rateSourceId: s.rate.sourceId,
});

/** One observation in the reader's currency, ready for JSON, charts and tables. */
export function toPoint(o: Observation, currency: DisplayCurrency, basis: RateBasis, data: Dataset): TradePoint {
  const c = convert(o, currency, basis, data.rates);
  return {
    id: o.id,
    period: o.period,
    periodType: o.periodType,
    year: o.year,
    partner: o.partner,
    flow: o.flow,
    value: c.ok ? wholeUnits(c.value) : null,
    currency,
    valueUsd: c.usd ? wholeUnits(c.usd) : null,
    status: o.status,
    sourceId: o.sourceId,
    stated: { value: o.statedValue, unit: o.unit, currency: o.currency },
    ...(o.derivation ? { derivation: o.derivation } : {}),
    ...(o.note ? { note: o.note } : {}),
    conversion: c.steps.map(stepJson),
    unavailable: c.ok
      ? null
      : { reason: c.reason.code, message: `no annual average ${c.reason.pair} rate for ${c.reason.year} in the data; not converted at any other rate` },
  };
}

export function rateInfo(basis: RateBasis, data: Dataset): RateInfo {
  if (basis === "annual") {
    return {
      basis,
      idrPerUsd: null,
      sourceId: null,
      date: null,
      description: "each observation's own year's average USD/IDR rate; see each observation's conversion",
    };
  }
  const rate = articleRate(data.rates);
  return { basis, idrPerUsd: rate.statedValue, sourceId: rate.sourceId, date: rate.period, description: "the rate the ANTARA article states, for every year" };
}

export function selectObservations(data: Dataset, q: Pick<TradeQuery, "partner" | "flow" | "from" | "to">): Observation[] {
  return displaySeries(data.observations).filter(
    (o) =>
      (!q.partner || q.partner.includes(o.partner)) &&
      (!q.flow || q.flow.includes(o.flow)) &&
      (q.from === undefined || o.year >= q.from) &&
      (q.to === undefined || o.year <= q.to),
  );
}

export function tradeResponse(data: Dataset, q: TradeQuery): TradeResponse {
  return {
    reporter: "CHN",
    currency: q.currency,
    rate: rateInfo(q.rate, data),
    observations: selectObservations(data, q).map((o) => toPoint(o, q.currency, q.rate, data)),
  };
}

/** The years the API accepts: those the data covers. */
export function yearBounds(data: Dataset): { minYear: number; maxYear: number } {
  const years = data.observations.map((o) => o.year);
  return { minYear: Math.min(...years), maxYear: Math.max(...years) };
}
