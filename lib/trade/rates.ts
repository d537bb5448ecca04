import type { Rate } from "@/lib/data/types";

/** The rate the article states (Rp16,296 per USD). Validation guarantees exactly one. */
export function articleRate(rates: readonly Rate[]): Rate {
  const rate = rates.find((r) => r.basis === "article_stated" && r.quote === "IDR");
  if (!rate) throw new Error("data/rates.json has no article_stated USD/IDR rate");
  return rate;
}

/**
 * The annual average rate for a year, or undefined: never a neighbouring year's rate, a
 * monthly average or a rate implied from the trade figures themselves.
 */
export function annualRate(rates: readonly Rate[], quote: "IDR" | "CNY", year: number): Rate | undefined {
  const candidates = rates.filter(
    (r) => r.quote === quote && r.period === String(year) && (r.basis === "annual_average" || r.basis === "annual_average_official"),
  );
  return candidates.length > 1 ? candidates.find((r) => r.preferred) : candidates[0];
}
