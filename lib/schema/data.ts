import { z } from "zod";
import {
  currency,
  flow,
  nonNegativeDecimal,
  partialDate,
  partner,
  periodType,
  positiveDecimal,
  rateQuote,
  reporter,
  sourceId,
  status,
  storedRateBasis,
  unit,
  url,
  yearText,
  ytdText,
  monthText,
  dayText,
} from "./primitives";
import { RATE_BASES_IN_DATA } from "./values";
import { formula } from "./formula";

/**
 * One figure as a source states it. China's customs (reporter CHN) state trade with a partner;
 * a country's own statistics (reporter KAZ…) state its trade with partner CHN, flows from its side.
 * A draft may still lack a derived figure's formula: the importer reads the row first and then
 * works the formula out from its derivation text and the other rows (lib/import/formulas.ts).
 */
export const observationDraft = z
  .strictObject({
    period: z.string(),
    periodType,
    reporter,
    partner,
    flow,
    value: nonNegativeDecimal,
    unit,
    currency,
    status,
    primary: z.boolean(),
    sourceId,
    /** How a derived figure was computed, in English: what pages show. */
    derivation: z.string().min(1).optional(),
    /** The same as data: operation and inputs, which data:check recomputes. */
    formula: formula.optional(),
    /** The source's context for the figure, in English as the reference files give it. */
    note: z.string().min(1).optional(),
    /** The same note in Indonesian (locale "id"), joined by the importer from lib/import/translations/notes-id.csv. */
    noteId: z.string().min(1).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.reporter === "CHN" && o.partner === "CHN") {
      ctx.addIssue({ code: "custom", path: ["partner"], message: "China cannot report trade with itself" });
    }
    if (o.reporter !== "CHN" && o.partner !== "CHN") {
      ctx.addIssue({ code: "custom", path: ["partner"], message: `a ${o.reporter}-reported figure must have partner CHN (its own trade with China)` });
    }
    const periodSchema = o.periodType === "year" ? yearText : o.periodType === "month" ? monthText : ytdText;
    const check = periodSchema.safeParse(o.period);
    if (!check.success) {
      ctx.addIssue({ code: "custom", path: ["period"], message: `${o.periodType} period ${check.error.issues[0]?.message}` });
    }
    if (o.status === "derived" && !o.derivation) {
      ctx.addIssue({ code: "custom", path: ["derivation"], message: "a derived figure must say how it was derived" });
    }
    if (o.noteId && !o.note) {
      ctx.addIssue({ code: "custom", path: ["noteId"], message: "an Indonesian note without the English note it translates" });
    }
    if (o.status !== "derived" && (o.derivation || o.formula)) {
      ctx.addIssue({ code: "custom", path: ["status"], message: `has a ${o.derivation ? "derivation" : "formula"} but is not marked derived` });
    }
  });

/** A row of data/: a derived figure carries its formula, which data:check recomputes. */
export const observationRecord = observationDraft.superRefine((o, ctx) => {
  if (o.status === "derived" && !o.formula) {
    ctx.addIssue({ code: "custom", path: ["formula"], message: "a derived figure must carry its formula (operation and inputs), which data:check recomputes" });
  }
});

export { RATE_BASES_IN_DATA };

export const rateRecord = z
  .strictObject({
    base: z.literal("USD"),
    quote: rateQuote,
    period: z.string(),
    basis: storedRateBasis,
    value: positiveDecimal,
    sourceId,
    note: z.string().optional(),
    /** Where several sources give one quote, period and basis with different values, the one conversions use. */
    preferred: z.boolean().optional(),
  })
  .superRefine((r, ctx) => {
    const periodSchema = r.basis === "article_stated" ? dayText : r.basis === "monthly_average" ? monthText : yearText;
    const check = periodSchema.safeParse(r.period);
    if (!check.success) {
      ctx.addIssue({ code: "custom", path: ["period"], message: `${r.basis} rate period ${check.error.issues[0]?.message}` });
    }
  });

/** A consumer price index value (CPI-U, 1982–84 = 100) for one year: the deflator of constant dollars. */
export const cpiRecord = z.strictObject({
  series: z.literal("CPI-U"),
  period: yearText,
  value: positiveDecimal,
  sourceId,
  note: z.string().optional(),
});

export const sourceRecord = z.strictObject({
  id: sourceId,
  publisher: z.string().min(1),
  title: z.string().min(1),
  published: partialDate.nullable(),
  /** The date as the source list gives it where it is vaguer than `published` ("c. 2010", "2023-01/02"). */
  dateAsStated: z.string().min(1).optional(),
  url,
  supports: z.string().min(1),
});

export const observationsFile = z.strictObject({ observations: z.array(observationRecord).min(1) });
export const ratesFile = z.strictObject({ rates: z.array(rateRecord).min(1) });
export const pricesFile = z.strictObject({ cpi: z.array(cpiRecord).min(1) });
export const sourcesFile = z.strictObject({ sources: z.array(sourceRecord).min(1) });

export type ObservationRecord = z.infer<typeof observationRecord>;
export type RateRecord = z.infer<typeof rateRecord>;
export type CpiRecord = z.infer<typeof cpiRecord>;
export type SourceRecord = z.infer<typeof sourceRecord>;
