import { z } from "zod";
import { isDecimal } from "@/lib/money/ratio";

/** Small reusable pieces; every data and API schema is built from these. */

import { CHINA_PARTNERS, COUNTRIES, CURRENCIES, DISPLAY_CURRENCIES, FLOWS, MIRROR_REPORTERS, PARTNERS, PERIOD_TYPES, PRICE_BASES, RATE_BASES, RATE_BASES_IN_DATA, RATE_QUOTES, REPORTERS, STATUSES, UNITS, YARDSTICKS } from "./values";

export { CHINA_PARTNERS, COUNTRIES, CURRENCIES, DISPLAY_CURRENCIES, FLOWS, MIRROR_REPORTERS, PARTNERS, PERIOD_TYPES, PRICE_BASES, RATE_BASES, REPORTERS, STATUSES, UNITS, YARDSTICKS };

export const partner = z.enum(PARTNERS);
export const reporter = z.enum(REPORTERS);
export const country = z.enum(COUNTRIES);
export const flow = z.enum(FLOWS);
export const currency = z.enum(CURRENCIES);
export const displayCurrency = z.enum(DISPLAY_CURRENCIES);
export const status = z.enum(STATUSES);
export const unit = z.enum(UNITS);
export const periodType = z.enum(PERIOD_TYPES);
export const rateBasis = z.enum(RATE_BASES);
/** A stored rate's quote (units of it per US dollar) and basis. */
export const rateQuote = z.enum(RATE_QUOTES);
export const storedRateBasis = z.enum(RATE_BASES_IN_DATA);

/** Decimal numbers stay strings in data/ so that no figure ever passes through a float. */
export const decimalString = z
  .string()
  .refine(isDecimal, { message: "must be a plain decimal number such as \"94.82\"" });

export const nonNegativeDecimal = decimalString.refine((s) => !s.startsWith("-"), {
  message: "must not be negative",
});

export const positiveDecimal = nonNegativeDecimal.refine((s) => /[1-9]/.test(s), {
  message: "must be greater than zero",
});

export const sourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be a source id in lower-case kebab form, e.g. \"antara-2025-06-17\"");

export const yearText = z.string().regex(/^(19|20)\d{2}$/, "must be a four-digit year such as \"2024\"");
export const ytdText = z
  .string()
  .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])\/(19|20)\d{2}-(0[1-9]|1[0-2])$/, "must be a month range such as \"2025-01/2025-05\"");
export const monthText = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, "must be a month such as \"2025-06\"");
export const dayText = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be a date such as \"2025-06-17\"");

/** Publication dates are as precise as the source: a year, a month or a day. */
export const partialDate = z.union([dayText, monthText, yearText]);

/**
 * A source's link: an absolute http(s) address and nothing else. z.url() alone is not enough: like
 * `new URL()` it takes "https://x.org/a (original: …)" by percent-encoding the spaces, a link to a
 * page that does not exist. One message for every way of failing, saying what is expected.
 */
const URL_MESSAGE = 'must be an absolute http(s) URL with no spaces, such as "https://example.org/page"; words about the link belong in another column';
export const url = z.string().refine((s) => /^https?:\/\/[^\s/?#]+\S*$/.test(s) && URL.canParse(s), { message: URL_MESSAGE });

export type Partner = z.infer<typeof partner>;
export type Reporter = z.infer<typeof reporter>;
export type Country = z.infer<typeof country>;
export type Flow = z.infer<typeof flow>;
export type Currency = z.infer<typeof currency>;
export type DisplayCurrency = z.infer<typeof displayCurrency>;
export type Status = z.infer<typeof status>;
export type Unit = z.infer<typeof unit>;
export type PeriodType = z.infer<typeof periodType>;
export type RateBasis = z.infer<typeof rateBasis>;
export type PriceBasis = (typeof PRICE_BASES)[number];
