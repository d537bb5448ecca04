import { z } from "zod";
import { oneOf } from "./query-params";
import { CURRENCIES, FLOWS } from "./values";

/** GET /api/check: the query and the answer. These schemas are the definition of their types. */

/**
 * The partners a sentence may be about: the five, each country, China's trade with the world, and
 * Indonesia (a yardstick: read in a sentence, looked up where the data has it).
 */
export const CHECK_PLACES = ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "WLD", "IDN"] as const;
export const CHECK_KINDS = ["level", "change", "growth", "share", "multiple"] as const;
export const CHECK_QUALIFIERS = ["none", "almost", "about", "more-than"] as const;
export const CHECK_VERDICTS = ["matches", "rounded", "differs", "no-data"] as const;
/** Where a part of the reading came from: the sentence, its source's record in data/, an assumption, the reader's correction. */
export const CHECK_READ_FROM = ["text", "source", "assumed", "override", "none"] as const;
export const CHECK_SERIES = ["china", "own", "alternative", "regional"] as const;
export const CHECK_LANGS = ["id", "en"] as const;
export const CHECK_TEXT_MAX = 2000;

export const CHECK_QUERY_PARAMS = ["text", "lang"] as const;

export const checkQuerySchema = z.object({
  text: z
    .string({ error: `required: the sentence to check, 1–${CHECK_TEXT_MAX} characters` })
    .max(CHECK_TEXT_MAX, { error: `must be at most ${CHECK_TEXT_MAX} characters` })
    .refine((s) => s.trim().length > 0, { error: "must not be empty: give the sentence to check" })
    // The pattern states "not only spaces" so that a client drawing values from the document draws none the handler refuses.
    .meta({ type: "string", minLength: 1, maxLength: CHECK_TEXT_MAX, pattern: "\\S" }),
  lang: z.enum(CHECK_LANGS, { error: oneOf(CHECK_LANGS) }).default("id"),
});

const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/);

/** The rate a rupiah or yuan figure was compared at, and its source. */
const rateUsed = z.object({
  basis: z.enum(["article", "annual_average", "annual_average_official", "stated"]),
  quote: z.enum(["IDR", "CNY"]),
  value: decimalText,
  period: z.string(),
  sourceId: z.string(),
});

const seriesValue = z.object({
  series: z.enum(CHECK_SERIES),
  /** Whose figure, in the answer's language: "China's customs", "Kyrgyzstan's statistics", a source's name. */
  label: z.string(),
  /** CHN, the country's own code, or the publisher of a regional figure. */
  reporter: z.string(),
  value: decimalText,
  valueText: z.string(),
  sourceId: z.string(),
  /** Every source the value was computed from (two years for a change), rates included. */
  sourceIds: z.array(z.string()),
  rate: rateUsed.nullable(),
});

export const checkSeries = seriesValue.extend({
  verdict: z.enum(["matches", "rounded", "differs"]),
  difference: decimalText,
});

export const checkClaim = z.object({
  quote: z.string(),
  partner: z.enum(CHECK_PLACES).nullable(),
  period: z.string().nullable(),
  periodType: z.enum(["year", "ytd", "month"]).nullable(),
  /** The earlier period of a multiple ("tripled since 2014") or an average growth rate. */
  basePeriod: z.string().nullable(),
  flow: z.enum(FLOWS),
  kind: z.enum(CHECK_KINDS),
  currency: z.enum(CURRENCIES).nullable(),
  /** Exact: money in whole units, a growth rate or share as a fraction ("0.27"), a multiple as a factor. */
  stated: decimalText,
  statedText: z.string(),
  qualifier: z.enum(CHECK_QUALIFIERS),
  read: z.object({ partner: z.enum(CHECK_READ_FROM), period: z.enum(CHECK_READ_FROM), flow: z.enum(CHECK_READ_FROM), currency: z.enum(CHECK_READ_FROM) }),
  verdict: z.enum(CHECK_VERDICTS),
  /** The rule that gave the verdict (or why there is none), in the answer's language. */
  rule: z.string(),
  data: seriesValue.nullable(),
  /** data − stated, exact; null without data. */
  difference: decimalText.nullable(),
  /** The same figure in the other series the data holds: the partner's own statistics, other sources, regional figures. */
  otherSeries: z.array(checkSeries),
  /** One line: "differs from China's customs (US$22.71 billion); matches Kyrgyzstan's own statistics (US$5.5 billion)". */
  summary: z.string(),
  /** Why sources disagree, where the figure differs from China's and another series agrees with it. */
  why: z.string().nullable(),
});

export const checkResponse = z.object({
  text: z.string(),
  lang: z.enum(CHECK_LANGS),
  claims: z.array(checkClaim),
  /** Said when the text holds no trade figure the checker can read. */
  note: z.string().nullable(),
});

export type CheckPlace = (typeof CHECK_PLACES)[number];
export type CheckKind = (typeof CHECK_KINDS)[number];
export type CheckQualifier = (typeof CHECK_QUALIFIERS)[number];
export type CheckVerdict = (typeof CHECK_VERDICTS)[number];
export type CheckReadFrom = (typeof CHECK_READ_FROM)[number];
export type CheckSeriesKind = (typeof CHECK_SERIES)[number];
export type CheckQuery = z.infer<typeof checkQuerySchema>;
export type CheckClaimJson = z.infer<typeof checkClaim>;
export type CheckSeriesJson = z.infer<typeof checkSeries>;
export type CheckResponse = z.infer<typeof checkResponse>;
export type RateUsedJson = z.infer<typeof rateUsed>;
