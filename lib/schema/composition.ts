import { z } from "zod";
import { CHINA_PARTNERS, CURRENCIES, REPORTERS, PARTNERS, UNITS } from "./values";
import { nonNegativeDecimal, partialDate, positiveDecimal, sourceId, status, yearText } from "./primitives";

/** What is traded and what leaders promised: data/composition.json. */

/** How a product figure's unit is written: money in some multiple, or a quantity. */
export const PRODUCT_UNITS = ["units", "thousand", "million", "100 million", "billion", "tonnes", "thousand tonnes", "million tonnes", "vehicles"] as const;
export const MONEY_UNITS = { units: 0, thousand: 3, million: 6, "100 million": 8, billion: 9 } as const;

/**
 * One product group as a source states it. `reporter` is whose figure it is (China's customs, or the
 * country; for CEPII BACI the exporter, since BACI reconciles both sides); a qualitative line
 * (goods named without a value) has no value.
 */
export const productRecord = z.strictObject({
  year: yearText,
  reporter: z.enum(REPORTERS),
  partner: z.enum(PARTNERS),
  flow: z.enum(["export", "import"]),
  product: z.string().min(1),
  code: z.string().min(1).optional(),
  classification: z.string().min(1).optional(),
  value: nonNegativeDecimal.optional(),
  unit: z.enum(PRODUCT_UNITS).optional(),
  currency: z.enum(CURRENCIES).optional(),
  /** The source's own percentage; the note says when it is a share of something other than this flow. */
  sharePercent: nonNegativeDecimal.optional(),
  status,
  sourceId,
  note: z.string().min(1).optional(),
  /** The note in Indonesian, joined by the importer from lib/import/translations/notes-id.csv. */
  noteId: z.string().min(1).optional(),
});

/** A trade target a leader announced for China's trade with one country or the five. */
export const targetRecord = z.strictObject({
  partner: z.enum(CHINA_PARTNERS),
  value: positiveDecimal,
  unit: z.enum(UNITS),
  currency: z.literal("USD"),
  /** The year to reach it by, where one was named. */
  targetYear: z.number().int().min(1992).max(2100).nullable(),
  targetYearAsStated: z.string().min(1).optional(),
  /** When and by whom, as the source says it; `announcedDate` is the date in it. */
  announced: z.string().min(1),
  announcedDate: partialDate.nullable(),
  sourceId,
  note: z.string().min(1).optional(),
  /** The note in Indonesian, joined by the importer from lib/import/translations/notes-id.csv. */
  noteId: z.string().min(1).optional(),
});

export const compositionFile = z.strictObject({ products: z.array(productRecord), targets: z.array(targetRecord) });

export type ProductRecord = z.infer<typeof productRecord>;
export type TargetRecord = z.infer<typeof targetRecord>;
export type CompositionFile = z.infer<typeof compositionFile>;
