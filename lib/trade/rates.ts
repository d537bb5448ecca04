import type { Rate } from "@/lib/data/types";

/** The rate the article states (Rp16,296 per USD). Validation guarantees exactly one. */
export function articleRate(rates: readonly Rate[]): Rate {
  const rate = rates.find((r) => r.basis === "article_stated" && r.quote === "IDR");
  if (!rate) throw new Error("data/rates.json has no article_stated USD/IDR rate");
  return rate;
}

type AnnualBasis = "annual_average" | "annual_average_official";

/**
 * A year's average rate on one basis, or undefined: never a neighbouring year's rate, a monthly
 * average or a rate implied from the trade figures themselves. Where several sources give it,
 * the preferred one (validation guarantees exactly one).
 */
export function annualRate(rates: readonly Rate[], quote: "IDR" | "CNY", year: number, basis: AnnualBasis = "annual_average"): Rate | undefined {
  const candidates = rates.filter((r) => r.quote === quote && r.period === String(year) && r.basis === basis);
  return candidates.length > 1 ? candidates.find((r) => r.preferred) : candidates[0];
}

/**
 * The rate that turns a figure China stated in yuan into US dollars: China's customs convert at
 * the official average, so that basis where the data has it, else the Fed's annual average.
 */
export function statedYuanRate(rates: readonly Rate[], year: number): Rate | undefined {
  return annualRate(rates, "CNY", year, "annual_average_official") ?? annualRate(rates, "CNY", year);
}

/** The reader's own rupiah rate, which `withReaderRate` puts beside the data's rates. */
export function readerRate(rates: readonly Rate[]): Rate | undefined {
  return rates.find((r) => r.basis === "reader_stated");
}
