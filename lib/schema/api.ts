import { z } from "zod";
import { workedFormula } from "./api-formula";
import { checkReaderRate, READER_RATE_MAX, READER_RATE_MIN, READER_RATE_PATTERN } from "./reader-rate";
import { csvOf, oneOf, yearList, yearOf, yearParam } from "./query-params";
import { currency, displayCurrency, flow, partner, periodType, rateBasis, reporter, status, unit, DISPLAY_CURRENCIES, FLOWS, MIRROR_REPORTERS, PARTNERS, PERIOD_TYPES, PRICE_BASES, RATE_BASES, YARDSTICKS } from "./primitives";

/** The JSON the API answers: these schemas are the definition of its types. */

export const apiIssue = z.object({ param: z.string(), message: z.string() });
export const apiError = z.object({ error: z.string(), issues: z.array(apiIssue) });

export const TRADE_QUERY_PARAMS = ["currency", "rate", "idrPerUsd", "prices", "base", "reporter", "partner", "flow", "from", "to", "years", "periodType"] as const;

const READER_RATE_RULE = `a number of rupiah per US dollar from ${READER_RATE_MIN} to ${READER_RATE_MAX}, at most 2 decimals, a dot for decimals and no thousands separators (e.g. 17000 or 16296.5)`;

/** The reader's own rupiah rate, checked by the same rule as the page's input field. */
const idrPerUsd = z
  .string()
  .transform((text, ctx) => {
    const check = checkReaderRate(text);
    if (check.ok) return check.value;
    ctx.addIssue({ code: "custom", message: `must be ${READER_RATE_RULE}` });
    return z.NEVER;
  })
  // A string, as the query carries it: a number type would let a client send 1e4 or 16296.499999999998.
  // `x-number` is the number the text writes, for readers (the API page shows its range and decimals).
  .meta({ type: "string", format: "decimal", pattern: READER_RATE_PATTERN, "x-number": { type: "number", minimum: READER_RATE_MIN, maximum: READER_RATE_MAX, multipleOf: 0.01 } });

/**
 * The rules that tie two parameters of the trade query. One parameter's JSON Schema cannot state
 * them, so the OpenAPI document states them in words, in these words: each is the message of the
 * refinement that enforces it, under the parameter the 400 names.
 */
export const TRADE_QUERY_TIES = {
  idrPerUsdWithCustom: { param: "idrPerUsd", message: `required with rate=custom: ${READER_RATE_RULE}` },
  idrPerUsdOnlyCustom: { param: "idrPerUsd", message: "only with rate=custom (your own rate); leave it out for the article's or the annual rates" },
  constantInUsd: { param: "prices", message: "constant prices are US dollars deflated by the US CPI-U: only with currency=USD" },
  baseWithConstant: { param: "base", message: "only with prices=constant (the year whose US dollars values are expressed in)" },
  fromNotAfterTo: { param: "from", message: "must not be after to" },
  partnerOfReporter: {
    param: "partner",
    message: "with reporter CHN the partner cannot be CHN; with another reporter (its own figures of trade with China) the only partner is CHN",
  },
} as const satisfies Record<string, { param: (typeof TRADE_QUERY_PARAMS)[number]; message: string }>;

const tie = (rule: keyof typeof TRADE_QUERY_TIES) => ({ path: [TRADE_QUERY_TIES[rule].param], message: TRADE_QUERY_TIES[rule].message });

/** China's customs, or one of the countries whose own figures of its trade with China the data holds (the yardstick's included). */
export const API_REPORTERS = ["CHN", ...MIRROR_REPORTERS, ...YARDSTICKS] as const;

/**
 * The trade query, given the years the data covers and the years constant dollars can be based on
 * (those the US CPI-U covers): a base year without a price index would make every value null.
 */
export function tradeQuerySchema(bounds: { minYear: number; maxYear: number; baseYears: readonly number[] }) {
  const year = () => yearParam(bounds.minYear, bounds.maxYear);
  return z
    .object({
      currency: z.enum(DISPLAY_CURRENCIES, { error: oneOf(DISPLAY_CURRENCIES) }).default("USD"),
      rate: z.enum(RATE_BASES, { error: oneOf(RATE_BASES) }).default("article"),
      idrPerUsd: idrPerUsd.optional(),
      prices: z.enum(PRICE_BASES, { error: oneOf(PRICE_BASES) }).default("nominal"),
      base: yearOf(bounds.baseYears, "a year the US CPI-U covers").optional(),
      reporter: z.enum(API_REPORTERS, { error: oneOf(API_REPORTERS) }).default("CHN"),
      partner: csvOf(PARTNERS).optional(),
      flow: csvOf(FLOWS).optional(),
      from: year().optional(),
      to: year().optional(),
      years: yearList(bounds.minYear, bounds.maxYear).optional(),
      periodType: z.enum(PERIOD_TYPES, { error: oneOf(PERIOD_TYPES) }).optional(),
    })
    .refine((q) => q.rate !== "custom" || q.idrPerUsd !== undefined, tie("idrPerUsdWithCustom"))
    .refine((q) => q.idrPerUsd === undefined || q.rate === "custom", tie("idrPerUsdOnlyCustom"))
    .refine((q) => q.prices === "nominal" || q.currency === "USD", tie("constantInUsd"))
    .refine((q) => q.base === undefined || q.prices === "constant", tie("baseWithConstant"))
    .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, tie("fromNotAfterTo"))
    .refine((q) => !q.partner || (q.reporter === "CHN" ? !q.partner.includes("CHN") : q.partner.every((p) => p === "CHN")), tie("partnerOfReporter"));
}

export type TradeQuery = z.output<ReturnType<typeof tradeQuerySchema>>;

export const conversionStep = z.object({
  from: currency,
  to: currency,
  operation: z.enum(["multiply", "divide"]),
  rate: z.string(),
  rateBasis: z.string(),
  ratePeriod: z.string(),
  /** The rate's source; for a derived rate, its first input's (all of them in rateSourceIds). */
  rateSourceId: z.string(),
  /** A rate this site derived from sourced ones (2025's USD/IDR average: the mean of its twelve monthly averages). */
  rateStatus: z.literal("derived").optional(),
  rateDerivation: z.string().optional(),
  rateSourceIds: z.array(z.string()).optional(),
});

/** Another source's figure for the same cell, and how far it is from the one shown. */
export const alternative = z.object({
  sourceId: z.string(),
  status,
  stated: z.object({ value: z.string(), unit, currency }),
  valueUsd: z.number().int().nullable(),
  /** (alternative − shown) / shown × 100 in US dollars, two decimals; null where either cannot be converted. */
  differencePercent: z.string().nullable(),
  derivation: z.string().optional(),
  formula: workedFormula.optional(),
  /**
   * The primary figure of its own currency's cell: in a yuan view, the dollar figure a dollar view
   * shows (a yardstick's ratio is read from it, so the currency never moves the ratio).
   */
  primary: z.boolean(),
  /** The rate a figure stated in yuan went through to be compared in US dollars (absent for dollar figures). */
  toUsd: z.array(conversionStep).optional(),
});

export const tradePoint = z.object({
  id: z.string(),
  /** Who states the figure: CHN (China's customs) or the partner country itself. */
  reporter,
  period: z.string(),
  periodType,
  year: z.number().int(),
  partner,
  flow,
  /** Whole units of `currency`, rounded half away from zero from the exact value; null when it cannot be converted. */
  value: z.number().int().nullable(),
  /** The same whole units as a string, exact at any size (China's trade with the world in rupiah exceeds 2^53). */
  valueText: z.string().regex(/^-?\d+$/).nullable(),
  currency: displayCurrency,
  valueUsd: z.number().int().nullable(),
  status,
  sourceId: z.string(),
  stated: z.object({ value: z.string(), unit, currency }),
  /** How a derived figure was computed, in English as data/ states it; `formula` is the same as data. */
  derivation: z.string().optional(),
  formula: workedFormula.optional(),
  /** The source's context for the figure, in English; `noteId` is the same in Indonesian. */
  note: z.string().optional(),
  noteId: z.string().optional(),
  /** Every rate and price index the value went through; a yuan figure shown in yuan as stated has none. */
  conversion: z.array(conversionStep),
  unavailable: z.object({ reason: z.enum(["no-annual-rate", "no-price-index", "beyond-safe-integer"]), message: z.string() }).nullable(),
  alternatives: z.array(alternative),
});

export const rateInfo = z.object({
  basis: rateBasis,
  idrPerUsd: z.string().nullable(),
  sourceId: z.string().nullable(),
  date: z.string().nullable(),
  description: z.string(),
});

export const pricesInfo = z.object({
  basis: z.enum(PRICE_BASES),
  /** The year whose US dollars constant values are in; null for nominal values. */
  baseYear: z.number().int().nullable(),
  description: z.string(),
});

export const tradeResponse = z.object({
  reporter: z.enum(API_REPORTERS),
  currency: displayCurrency,
  rate: rateInfo,
  prices: pricesInfo,
  observations: z.array(tradePoint),
});

export const sourcesResponse = z.object({
  sources: z.array(
    z.object({ id: z.string(), publisher: z.string(), title: z.string(), date: z.string().nullable(), url: z.string(), supports: z.string() }),
  ),
});

export type ApiIssue = z.infer<typeof apiIssue>;
export type ApiError = z.infer<typeof apiError>;
export type ConversionStepJson = z.infer<typeof conversionStep>;
export type TradePoint = z.infer<typeof tradePoint>;
export type RateInfo = z.infer<typeof rateInfo>;
export type PricesInfo = z.infer<typeof pricesInfo>;
export type TradeResponse = z.infer<typeof tradeResponse>;
export type SourcesResponse = z.infer<typeof sourcesResponse>;
