import type { Rate } from "@/lib/data/types";
import { add, div, isExactAt, ratio, toDecimalString, type Ratio } from "@/lib/money/ratio";

/** The rate the article states (Rp16,296 per USD). Validation guarantees exactly one. */
export function articleRate(rates: readonly Rate[]): Rate {
  const rate = rates.find((r) => r.basis === "article_stated" && r.quote === "IDR");
  if (!rate) throw new Error("data/rates.json has no article_stated USD/IDR rate");
  return rate;
}

type AnnualBasis = "annual_average" | "annual_average_official";

/** Of several sources' values for one quote, period and basis, the preferred one (validation guarantees exactly one). */
const pick = (candidates: readonly Rate[]): Rate | undefined => (candidates.length > 1 ? candidates.find((r) => r.preferred) : candidates[0]);

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

/** Decimals a derived rate is written with where its exact value does not end: never used to convert. */
const DERIVED_PLACES = 10;

/** The exact value as a plain decimal where it ends within the places given, else rounded to them. */
const decimalText = (r: Ratio): string => {
  const places = Array.from({ length: 21 }, (_, i) => i).find((p) => isExactAt(r, p));
  return toDecimalString(r, places ?? DERIVED_PLACES);
};

const derived = new WeakMap<readonly Rate[], Map<string, Rate | null>>();

/**
 * A year's average where no source publishes one but the data holds all twelve monthly averages:
 * their mean, exact (sum ÷ 12), from the preferred value of each month. It is arithmetic on sourced
 * rates, so it is computed here and never stored; `derivedFrom` names the twelve and their sources.
 * A year missing a month has none: no month stands in for another.
 */
export function derivedAnnualRate(rates: readonly Rate[], quote: "IDR" | "CNY", year: number): Rate | undefined {
  let byKey = derived.get(rates);
  if (!byKey) derived.set(rates, (byKey = new Map()));
  const key = `${quote}:${year}`;
  if (byKey.has(key)) return byKey.get(key) ?? undefined;
  const months = MONTHS.map((m) => pick(rates.filter((r) => r.quote === quote && r.basis === "monthly_average" && r.period === `${year}-${m}`)));
  let rate: Rate | null = null;
  if (months.every((m): m is Rate => m !== undefined)) {
    const [first] = months as [Rate, ...Rate[]];
    const mean = div(months.reduce<Ratio>((sum, m) => add(sum, m.value), ratio(0n)), ratio(12n));
    const sources = [...new Set(months.map((m) => m.sourceId))];
    rate = {
      base: "USD",
      quote,
      period: String(year),
      basis: "annual_average",
      id: `${quote}:${year}:annual_average:derived`,
      value: mean,
      statedValue: decimalText(mean),
      sourceId: first.sourceId,
      derivedFrom: months,
      note: `derived: the mean of the twelve ${year} monthly averages (${monthSpans(months)}); no published ${year} annual average in the data${sources.length > 1 ? "; the months come from more than one basis" : ""}`,
    };
  }
  byKey.set(key, rate);
  return rate ?? undefined;
}

/** "2025-01–2025-06 bi-18k-2025; 2025-07–2025-12 fred-…": the months each source gave, in runs. */
export function monthSpans(months: readonly Rate[]): string {
  const runs: { from: string; to: string; sourceId: string }[] = [];
  for (const m of months) {
    const last = runs.at(-1);
    if (last && last.sourceId === m.sourceId) last.to = m.period;
    else runs.push({ from: m.period, to: m.period, sourceId: m.sourceId });
  }
  return runs.map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`} ${r.sourceId}`).join("; ");
}

/**
 * A year's average rate on one basis, or undefined: never a neighbouring year's rate, a single
 * month's average or a rate implied from the trade figures themselves. Where several sources give
 * it, the preferred one. Where none publishes the year's average but all twelve monthly averages
 * exist, their mean, marked derived (see derivedAnnualRate).
 */
export function annualRate(rates: readonly Rate[], quote: "IDR" | "CNY", year: number, basis: AnnualBasis = "annual_average"): Rate | undefined {
  const published = pick(rates.filter((r) => r.quote === quote && r.period === String(year) && r.basis === basis));
  return published ?? (basis === "annual_average" ? derivedAnnualRate(rates, quote, year) : undefined);
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
