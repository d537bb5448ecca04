import type { Locale } from "@/lib/format/locale";
import { parseDecimal } from "@/lib/money/ratio";
import type { Rate } from "@/lib/data/types";
import { checkReaderRate, READER_SOURCE_ID, type ReaderRateCheck } from "@/lib/schema/reader-rate";

/**
 * What the reader typed, as the page's language writes numbers: "16.296" or "16.296,50" on the
 * Indonesian page, "16,296" or "16,296.50" on the English one; plain "16296.5" on either.
 */
export function readerInput(text: string, locale: Locale): ReaderRateCheck {
  const s = text.trim().replace(/\s/g, "");
  if (s === "") return { ok: false, code: "missing" };
  const [group, decimal] = locale === "id" ? [".", ","] : [",", "."];
  const esc = (c: string) => `\\${c}`;
  const grouped = new RegExp(`^\\d{1,3}(${esc(group)}\\d{3})+(${esc(decimal)}\\d{1,2})?$`);
  const plainLocal = new RegExp(`^\\d+(${esc(decimal)}\\d{1,2})?$`);
  if (grouped.test(s) || plainLocal.test(s)) return checkReaderRate(s.split(group).join("").replace(decimal, "."));
  return checkReaderRate(s);
}

export function readerRateOf(idrPerUsd: string): Rate {
  return { base: "USD", quote: "IDR", period: "custom", basis: "reader_stated", id: `IDR:custom:${idrPerUsd}`, value: parseDecimal(idrPerUsd), statedValue: idrPerUsd, sourceId: READER_SOURCE_ID };
}

/** Anything that carries rates: the whole dataset, or the part of it conversions read. */
type WithRates = { readonly rates: readonly Rate[] };

const withRate = new WeakMap<WithRates, Map<string, WithRates>>();

/** The data with the reader's rate beside its own: one object per rate, so converted points cache per rate. */
export function withReaderRate<T extends WithRates>(data: T, idrPerUsd: string | null): T {
  if (idrPerUsd === null) return data;
  let byRate = withRate.get(data);
  if (!byRate) withRate.set(data, (byRate = new Map()));
  const known = byRate.get(idrPerUsd);
  if (known) return known as T;
  const next = { ...data, rates: [...data.rates.filter((r) => r.basis !== "reader_stated"), readerRateOf(idrPerUsd)] };
  byRate.set(idrPerUsd, next);
  return next;
}
