import { compare, parseDecimal, ratio } from "@/lib/money/ratio";

/**
 * A rupiah rate of the reader's own ("your rate"): one rule for the URL, the API and the input
 * field, without the schema library so the browser can check as the reader types. It sits with the
 * schemas because the API's query schema states it; the rest of "your rate" is in lib/trade/reader-rate.ts.
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

