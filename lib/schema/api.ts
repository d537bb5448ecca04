import { z } from "zod";
import { currency, displayCurrency, flow, partner, periodType, rateBasis, status, unit, DISPLAY_CURRENCIES, FLOWS, PARTNERS, RATE_BASES } from "./primitives";

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

export const TRADE_QUERY_PARAMS = ["currency", "rate", "partner", "flow", "from", "to"] as const;

export function tradeQuerySchema(bounds: { minYear: number; maxYear: number }) {
  return z
    .object({
      currency: z.enum(DISPLAY_CURRENCIES, { error: oneOf(DISPLAY_CURRENCIES) }).default("USD"),
      rate: z.enum(RATE_BASES, { error: oneOf(RATE_BASES) }).default("article"),
      partner: csvOf(PARTNERS).optional(),
      flow: csvOf(FLOWS).optional(),
      from: year(bounds.minYear, bounds.maxYear).optional(),
      to: year(bounds.minYear, bounds.maxYear).optional(),
    })
    .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
      path: ["from"],
      message: "must not be after to",
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

export const tradePoint = z.object({
  id: z.string(),
  period: z.string(),
  periodType,
  year: z.number().int(),
  partner,
  flow,
  /** Whole units of `currency`, rounded half away from zero from the exact value; null when it cannot be converted. */
  value: z.number().int().nullable(),
  currency: displayCurrency,
  valueUsd: z.number().int().nullable(),
  status,
  sourceId: z.string(),
  stated: z.object({ value: z.string(), unit, currency }),
  derivation: z.string().optional(),
  note: z.string().optional(),
  conversion: z.array(conversionStep),
  unavailable: z.object({ reason: z.literal("no-annual-rate"), message: z.string() }).nullable(),
});

export const rateInfo = z.object({
  basis: rateBasis,
  idrPerUsd: z.string().nullable(),
  sourceId: z.string().nullable(),
  date: z.string().nullable(),
  description: z.string(),
});

export const tradeResponse = z.object({
  reporter: z.literal("CHN"),
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
