import type { Observation, Rate } from "@/lib/data/types";
import { div, mul, type Ratio } from "@/lib/money/ratio";
import type { Currency, DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { annualRate, articleRate } from "./rates";

/** One link of a conversion chain: from × rate (or ÷ rate) = to. */
export type ConversionStep = { from: Currency; to: Currency; operation: "multiply" | "divide"; rate: Rate };

export type Unconvertible = { code: "no-annual-rate"; pair: `USD/${"IDR" | "CNY"}`; year: number };

export type Conversion =
  | { ok: true; value: Ratio; usd: Ratio; steps: ConversionStep[] }
  | { ok: false; usd: Ratio | null; reason: Unconvertible; steps: ConversionStep[] };

type Amount = Pick<Observation, "amount" | "currency" | "year">;

/** An amount in US dollars: yuan figures go through the year's average USD/CNY rate. */
export function toUsd(obs: Amount, rates: readonly Rate[]): { ok: true; value: Ratio; steps: ConversionStep[] } | { ok: false; reason: Unconvertible } {
  if (obs.currency === "USD") return { ok: true, value: obs.amount, steps: [] };
  if (obs.currency === "CNY") {
    const rate = annualRate(rates, "CNY", obs.year);
    if (!rate) return { ok: false, reason: { code: "no-annual-rate", pair: "USD/CNY", year: obs.year } };
    return { ok: true, value: div(obs.amount, rate.value), steps: [{ from: "CNY", to: "USD", operation: "divide", rate }] };
  }
  // Trade figures are never stated in rupiah; a rupiah figure would need the reverse rate.
  throw new Error(`cannot convert a figure stated in ${obs.currency}`);
}

/** The rate a basis gives for a year: the article's single rate, or that year's average. */
export function idrRateFor(basis: RateBasis, year: number, rates: readonly Rate[]): Rate | undefined {
  return basis === "article" ? articleRate(rates) : annualRate(rates, "IDR", year);
}

/** An observation in the currency a reader asked for, with every rate it went through. */
export function convert(obs: Amount, target: DisplayCurrency, basis: RateBasis, rates: readonly Rate[]): Conversion {
  const usd = toUsd(obs, rates);
  if (!usd.ok) return { ok: false, usd: null, reason: usd.reason, steps: [] };
  if (target === "USD") return { ok: true, value: usd.value, usd: usd.value, steps: usd.steps };
  const rate = idrRateFor(basis, obs.year, rates);
  if (!rate) return { ok: false, usd: usd.value, reason: { code: "no-annual-rate", pair: "USD/IDR", year: obs.year }, steps: usd.steps };
  return {
    ok: true,
    value: mul(usd.value, rate.value),
    usd: usd.value,
    steps: [...usd.steps, { from: "USD", to: "IDR", operation: "multiply", rate }],
  };
}
