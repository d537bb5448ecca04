import type { Locale } from "@/lib/format/locale";
import { compare, parseDecimal, ratio } from "@/lib/money/ratio";
import type { Rate } from "@/lib/data/types";
import type { TradeData } from "./points";

/**
 * A rupiah rate of the reader's own ("your rate"): one rule for the URL, the API and the input
 * field, without the schema library so the browser can check as the reader types.
 */
export const READER_RATE_MIN = 1000;
export const READER_RATE_MAX = 100000;
export const READER_SOURCE_ID = "reader";

/**
 * Every text checkReaderRate accepts, and nothing else, as one regular expression: the OpenAPI
 * document states the rule with it, so a client that draws values from the document draws only
 * rates the API takes (up to six digits, leading zeros included, one or two decimals; 100000 only
 * without a fraction). `[0-9]`, not `\d`: in some engines `\d` matches other scripts' digits too.
 */
export const READER_RATE_PATTERN = "^(?:(?:0{0,2}[1-9][0-9]{3}|0?[1-9][0-9]{4})(?:\\.[0-9]{1,2})?|100000(?:\\.00?)?)$";

export type ReaderRateCheck = { ok: true; value: string } | { ok: false; code: "missing" | "format" | "range" };

/** The canonical form the URL and API use: digits, optionally a dot and one or two decimals. */
export function checkReaderRate(text: string | undefined): ReaderRateCheck {
  if (text === undefined || text.trim() === "") return { ok: false, code: "missing" };
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(text)) return { ok: false, code: "format" };
  const value = parseDecimal(text);
  if (compare(value, ratio(BigInt(READER_RATE_MIN))) < 0 || compare(value, ratio(BigInt(READER_RATE_MAX))) > 0) return { ok: false, code: "range" };
  return { ok: true, value: text.replace(/^0+(?=\d)/, "").replace(/\.0{1,2}$/, "") };
}

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

const withRate = new WeakMap<TradeData, Map<string, TradeData>>();

/** The data with the reader's rate beside its own: one object per rate, so converted points cache per rate. */
export function withReaderRate<T extends TradeData>(data: T, idrPerUsd: string | null): T {
  if (idrPerUsd === null) return data;
  let byRate = withRate.get(data);
  if (!byRate) withRate.set(data, (byRate = new Map()));
  const known = byRate.get(idrPerUsd);
  if (known) return known as T;
  const next = { ...data, rates: [...data.rates.filter((r) => r.basis !== "reader_stated"), readerRateOf(idrPerUsd)] };
  byRate.set(idrPerUsd, next);
  return next;
}
