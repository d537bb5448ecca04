import { z } from "zod";
import { currency, nonNegativeDecimal, partialDate, partner, sourceId, status, unit, yearText } from "./primitives";

/** The article's context: events, panels, experts, the article's own figures and mirror statistics. */

const localized = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });
const sourceIds = z.array(sourceId).min(1);

export const contextEvent = z.strictObject({
  id: z.string().min(1),
  date: partialDate,
  endDate: partialDate.optional(),
  title: localized,
  text: localized,
  /** A trade figure the event's note shows, read from data/observations.json. */
  figure: z.strictObject({ period: yearText, partner, flow: z.enum(["total", "export", "import"]) }).optional(),
  sourceIds,
});

export const expert = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  affiliation: localized,
  view: localized,
  /** A short phrase from the article, in its language, with our translation. */
  quote: z.strictObject({ text: z.string().min(1).max(90), lang: z.literal("id"), en: z.string().min(1) }),
  sourceId,
});

export const claim = z.strictObject({
  id: z.string().min(1),
  quote: z.string().min(1).max(60),
  stated: nonNegativeDecimal,
  unit: z.enum(["one", "million", "billion"]),
  currency,
  /** "almost": the article says hampir, so the true value is at most the stated one. */
  qualifier: z.enum(["none", "almost"]),
  compare: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("figure"), period: yearText }),
    z.strictObject({ kind: z.literal("change"), period: yearText }),
    z.strictObject({ kind: z.literal("rate"), period: z.string().regex(/^\d{4}-\d{2}$/) }),
  ]),
});

export const mirrorFigure = z.strictObject({
  id: z.string().min(1),
  label: localized,
  value: nonNegativeDecimal,
  unit,
  currency,
  status,
  sourceId,
  against: z.strictObject({ period: yearText, partner }),
});

export const contextFile = z.strictObject({
  article: z.strictObject({ sourceId, reporter: z.string().min(1), editor: z.string().min(1), published: partialDate }),
  events: z.array(contextEvent).min(1),
  talks: z.strictObject({ date: partialDate, sourceIds, items: z.array(localized).min(1) }),
  belt: z.strictObject({ sourceIds, text: localized }),
  experts: z.array(expert).min(1),
  claims: z.array(claim).min(1),
  mirror: z.array(mirrorFigure),
  after: z.strictObject({ largestPartnerSourceId: sourceId, period: yearText }),
});

export type Localized = z.infer<typeof localized>;
export type ContextEvent = z.infer<typeof contextEvent>;
export type Expert = z.infer<typeof expert>;
export type Claim = z.infer<typeof claim>;
export type MirrorFigure = z.infer<typeof mirrorFigure>;
export type Context = z.infer<typeof contextFile>;
