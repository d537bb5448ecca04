import { z } from "zod";
import { PRODUCT_UNITS } from "./composition";
import { csvOf, oneOf, yearParam } from "./query-params";
import { CHINA_PARTNERS, CURRENCIES, PARTNERS, REPORTERS, STATUSES, UNITS } from "./values";

/** The JSON of /api/targets and /api/composition: these schemas are the definition of its types. */

const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/);

export const TARGET_QUERY_PARAMS = ["partner"] as const;

export const targetsQuerySchema = z.object({ partner: csvOf(CHINA_PARTNERS).optional() });

export const targetJson = z.object({
  partner: z.enum(CHINA_PARTNERS),
  value: z.string(),
  unit: z.enum(UNITS),
  currency: z.literal("USD"),
  valueUsd: z.number().int(),
  targetYear: z.number().int().nullable(),
  targetYearAsStated: z.string().nullable(),
  announced: z.string(),
  announcedDate: z.string().nullable(),
  sourceId: z.string(),
  /** In English; `noteId` is the same in Indonesian. */
  note: z.string().nullable(),
  noteId: z.string().nullable(),
  /** Which figures the target is measured on. */
  comparedWith: z.string(),
  /** The first year, from the announcement on, whose China-reported total met it; null: not yet. */
  reachedIn: z.number().int().nullable(),
  late: z.boolean(),
  missed: z.boolean(),
  latestYear: z.number().int().nullable(),
  latestValueUsd: z.number().int().nullable(),
  /** Compound annual growth needed from the latest full year to the target year, e.g. "0.105933"; null when met, missed or without a year. */
  neededGrowth: decimalText.nullable(),
  recentGrowth: z.object({ from: z.number().int(), to: z.number().int(), rate: decimalText }).nullable(),
});

export const targetsResponse = z.object({ targets: z.array(targetJson) });

export const COMPOSITION_QUERY_PARAMS = ["partner", "year", "flow"] as const;

export function compositionQuerySchema(years: { min: number; max: number }) {
  return z.object({
    partner: z.enum(CHINA_PARTNERS, { error: oneOf(CHINA_PARTNERS) }).optional(),
    year: yearParam(years.min, years.max).optional(),
    flow: z.enum(["export", "import"], { error: "must be export (the country's goods going to China) or import (goods coming from China)" }).optional(),
  });
}

export type CompositionQuery = z.output<ReturnType<typeof compositionQuerySchema>>;

export const productJson = z.object({
  year: z.number().int(),
  /** The Central Asian side: a country, or CA5 for the five together. */
  partner: z.enum(PARTNERS),
  /** From the Central Asian side: export = goods going to China, import = goods coming from China. */
  flow: z.enum(["export", "import"]),
  /** Whose figure: CHN (China's customs), the country's own, or for CEPII BACI the exporter. */
  reporter: z.enum(REPORTERS),
  product: z.string(),
  code: z.string().nullable(),
  classification: z.string().nullable(),
  value: z.string().nullable(),
  unit: z.enum(PRODUCT_UNITS).nullable(),
  currency: z.enum(CURRENCIES).nullable(),
  /** Whole US dollars where the source gives a dollar value; null for quantities and goods named without one. */
  valueUsd: z.number().int().nullable(),
  sharePercent: z.string().nullable(),
  status: z.enum(STATUSES),
  sourceId: z.string(),
  /** In English; `noteId` is the same in Indonesian. */
  note: z.string().nullable(),
  noteId: z.string().nullable(),
});

export const compositionResponse = z.object({ products: z.array(productJson) });

export type TargetJson = z.infer<typeof targetJson>;
export type TargetsResponse = z.infer<typeof targetsResponse>;
export type ProductJson = z.infer<typeof productJson>;
export type CompositionResponse = z.infer<typeof compositionResponse>;
