import type { Cpi, Observation, Rate } from "@/lib/data/types";
import { div, mul, type Ratio } from "@/lib/money/ratio";
import type { Currency, DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { annualRate, articleRate, readerRate, statedYuanRate } from "./rates";

/**
 * One link of a conversion chain: from × rate (or ÷ rate) = to. A price index link turns US
 * dollars of one year into US dollars of the base year: × the base year's index, ÷ the year's.
 */
export type ConversionStep =
  | { kind: "rate"; from: Currency; to: Currency; operation: "multiply" | "divide"; rate: Rate }
  | { kind: "index"; from: "USD"; to: "USD"; operation: "multiply" | "divide"; index: Cpi };

export type Unconvertible = { code: "no-annual-rate"; pair: `USD/${"IDR" | "CNY"}`; year: number } | { code: "no-price-index"; year: number };

/** `usd` is null only where a yuan figure shown as stated has no rate to US dollars. */
export type Conversion =
  | { ok: true; value: Ratio; usd: Ratio | null; steps: ConversionStep[] }
  | { ok: false; usd: Ratio | null; reason: Unconvertible; steps: ConversionStep[] };

type Amount = Pick<Observation, "amount" | "currency" | "year"> & Partial<Pick<Observation, "periodType">>;

/** A year's average is no rate for part of that year: January–May 2025 is not converted at 2025's average. */
const yearly = (obs: Amount) => obs.periodType === "year";

const rateStep = (from: Currency, to: Currency, operation: "multiply" | "divide", rate: Rate): ConversionStep => ({ kind: "rate", from, to, operation, rate });

/** An amount in US dollars: yuan figures go through the rate China's customs use (see statedYuanRate). */
export function toUsd(obs: Amount, rates: readonly Rate[]): { ok: true; value: Ratio; steps: ConversionStep[] } | { ok: false; reason: Unconvertible } {
  if (obs.currency === "USD") return { ok: true, value: obs.amount, steps: [] };
  if (obs.currency === "CNY") {
    const rate = yearly(obs) ? statedYuanRate(rates, obs.year) : undefined;
    if (!rate) return { ok: false, reason: { code: "no-annual-rate", pair: "USD/CNY", year: obs.year } };
    return { ok: true, value: div(obs.amount, rate.value), steps: [rateStep("CNY", "USD", "divide", rate)] };
  }
  // Trade figures are never stated in rupiah; a rupiah figure would need the reverse rate.
  throw new Error(`cannot convert a figure stated in ${obs.currency}`);
}

/** The rupiah rate a basis gives for a year: the article's, that year's average, or the reader's own. */
export function idrRateFor(basis: RateBasis, year: number, rates: readonly Rate[]): Rate | undefined {
  if (basis === "article") return articleRate(rates);
  if (basis === "custom") return readerRate(rates);
  return annualRate(rates, "IDR", year);
}

/**
 * An observation in the currency a reader asked for, with every rate it went through. Yuan are
 * always each year's Fed average (one series, one basis); the rupiah basis does not apply to
 * them. A figure China stated in yuan is shown in yuan as stated, never round-tripped.
 */
export function convert(obs: Amount, target: DisplayCurrency, basis: RateBasis, rates: readonly Rate[]): Conversion {
  const usd = toUsd(obs, rates);
  if (target === "CNY" && obs.currency === "CNY") return { ok: true, value: obs.amount, usd: usd.ok ? usd.value : null, steps: [] };
  if (!usd.ok) return { ok: false, usd: null, reason: usd.reason, steps: [] };
  if (target === "USD") return { ok: true, value: usd.value, usd: usd.value, steps: usd.steps };
  const annual = target === "CNY" || basis === "annual";
  const rate = annual && !yearly(obs) ? undefined : target === "CNY" ? annualRate(rates, "CNY", obs.year) : idrRateFor(basis, obs.year, rates);
  if (!rate) return { ok: false, usd: usd.value, reason: { code: "no-annual-rate", pair: `USD/${target}`, year: obs.year }, steps: usd.steps };
  return { ok: true, value: mul(usd.value, rate.value), usd: usd.value, steps: [...usd.steps, rateStep("USD", target, "multiply", rate)] };
}

/**
 * US dollars of the observation's year as US dollars of `base`, by the CPI-U ratio: exact,
 * since both indexes are decimals. A year without an index value is not deflated.
 */
export function deflate(c: Conversion, year: number, base: number, cpi: readonly Cpi[]): Conversion {
  if (!c.ok) return c;
  const from = cpi.find((x) => x.year === year);
  const to = cpi.find((x) => x.year === base);
  if (!from || !to) return { ok: false, usd: c.usd, reason: { code: "no-price-index", year: from ? base : year }, steps: c.steps };
  return {
    ok: true,
    value: div(mul(c.value, to.value), from.value),
    usd: c.usd,
    steps: [...c.steps, { kind: "index", from: "USD", to: "USD", operation: "multiply", index: to }, { kind: "index", from: "USD", to: "USD", operation: "divide", index: from }],
  };
}
