import { z } from "zod";
import { currency, displayCurrency, flow, partner, periodType, rateBasis, reporter, status, unit, DISPLAY_CURRENCIES, FLOWS, MIRROR_REPORTERS, PARTNERS, RATE_BASES } from "./primitives";

/** The JSON the API answers: these schemas are the definition of its types. */

export const apiIssue = z.object({ param: z.string(), message: z.string() });
export const apiError = z.object({ error: z.string(), issues: z.array(apiIssue) });

const oneOf = (values: readonly string[]) => `must be one of ${values.join(", ")}`;

/** A comma list of allowed values; empty items and unknown values are named in the message. */
function csvOf<T extends string>(allowed: readonly T[]) {
  return z.string().transform((text, ctx) => {
    const items = text.split(",").map((s) => s.trim());
    const bad = items.filter((s) => !(allowed as readonly string[]).includes(s));
    if (bad.length) {
      const shown = bad.map((s) => (s === "" ? "(empty)" : JSON.stringify(s.slice(0, 40)))).join(", ");
      ctx.addIssue({ code: "custom", message: `unknown value ${shown}: ${oneOf(allowed)} (comma-separated)` });
      return z.NEVER;
    }
    return [...new Set(items)] as T[];
  });
}

function year(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{4}$/, { message: `must be a four-digit year from ${min} to ${max}` })
    .transform(Number)
    .refine((y) => y >= min && y <= max, { message: `must be a year from ${min} to ${max}` });
}

export const TRADE_QUERY_PARAMS = ["currency", "rate", "reporter", "partner", "flow", "from", "to"] as const;

/** China's customs, or one of the countries whose own figures of its trade with China the data holds. */
export const API_REPORTERS = ["CHN", ...MIRROR_REPORTERS] as const;

export function tradeQuerySchema(bounds: { minYear: number; maxYear: number }) {
  return z
    .object({
      currency: z.enum(DISPLAY_CURRENCIES, { error: oneOf(DISPLAY_CURRENCIES) }).default("USD"),
      rate: z.enum(RATE_BASES, { error: oneOf(RATE_BASES) }).default("article"),
      reporter: z.enum(API_REPORTERS, { error: oneOf(API_REPORTERS) }).default("CHN"),
      partner: csvOf(PARTNERS).optional(),
      flow: csvOf(FLOWS).optional(),
      from: year(bounds.minYear, bounds.maxYear).optional(),
      to: year(bounds.minYear, bounds.maxYear).optional(),
    })
    .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
      path: ["from"],
      message: "must not be after to",
    })
    .refine((q) => !q.partner || (q.reporter === "CHN" ? !q.partner.includes("CHN") : q.partner.every((p) => p === "CHN")), {
      path: ["partner"],
      message: "with reporter CHN the partner cannot be CHN; with another reporter (its own figures of trade with China) the only partner is CHN",
    });
}

export type TradeQuery = z.output<ReturnType<typeof tradeQuerySchema>>;

export const conversionStep = z.object({
  from: currency,
  to: currency,
  operation: z.enum(["multiply", "divide"]),
  rate: z.string(),
  rateBasis: z.string(),
  ratePeriod: z.string(),
  rateSourceId: z.string(),
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
  derivation: z.string().optional(),
  note: z.string().optional(),
  conversion: z.array(conversionStep),
  unavailable: z.object({ reason: z.enum(["no-annual-rate", "beyond-safe-integer"]), message: z.string() }).nullable(),
  alternatives: z.array(alternative),
});

export const rateInfo = z.object({
  basis: rateBasis,
  idrPerUsd: z.string().nullable(),
  sourceId: z.string().nullable(),
  date: z.string().nullable(),
  description: z.string(),
});

export const tradeResponse = z.object({
  reporter: z.enum(API_REPORTERS),
  currency: displayCurrency,
  rate: rateInfo,
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
export type TradeResponse = z.infer<typeof tradeResponse>;
export type SourcesResponse = z.infer<typeof sourcesResponse>;
