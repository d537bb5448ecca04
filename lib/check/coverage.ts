import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import type { CheckClaimJson, CheckPlace, CheckResponse } from "@/lib/schema/api-check";
import { CHECK_PLACES } from "@/lib/schema/api-check";
import { checkAnswer } from "./answer";
import { textStyle, type NumberStyle } from "./numbers";
import { periodFromText } from "./query";
import type { ReadContext } from "./read";

/**
 * The figures our sources state, run through the checker: each source's supporting sentence (its
 * `supports` in data/sources.json) with the date it was published (for "last year") and, where
 * all its figures in data/ are about one partner, that partner (for "bilateral trade").
 */

export type CoverageClass = "china" | "partner" | "neither" | "none";
export const COVERAGE_CLASSES: readonly CoverageClass[] = ["china", "partner", "neither", "none"];

/** `briefs`: each figure's verdict against China's figure and any other series that agrees, in a line. */
export type CoverageRow = { sourceId: string; sentence: string; lang: NumberStyle; answer: CheckResponse; classes: CoverageClass[]; briefs: string[]; link: string };

export type Coverage = { rows: CoverageRow[]; skipped: number; counts: Record<CoverageClass, number>; figures: number };

const agrees = (v: string) => v === "matches" || v === "rounded";

/** The verdict against the data and the other series that agree with the figure; the full list is on the check page. */
export function briefOf(c: CheckClaimJson, t: Messages): string {
  if (!c.data) return c.rule;
  const phrase = (verdict: "matches" | "rounded" | "differs", series: string, value: string) => fill(t.check.says[verdict], { series, value });
  const main = c.verdict === "no-data" ? c.rule : phrase(c.verdict, c.data.label, c.data.valueText);
  return [main, ...c.otherSeries.filter((o) => agrees(o.verdict)).map((o) => phrase(o.verdict, o.label, o.valueText))].join("; ");
}

/** Whose figure a stated number is: China's, a partner's or another source's, neither, or not known. */
export function classOf(c: Pick<CheckClaimJson, "verdict" | "data" | "otherSeries">): CoverageClass {
  if (c.verdict === "no-data" || !c.data) return "none";
  if (agrees(c.verdict)) return c.data.series === "china" ? "china" : "partner";
  return c.otherSeries.some((o) => agrees(o.verdict)) ? "partner" : "neither";
}

/** Only Latin-script sentences are read: the checker knows Indonesian and English. */
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}\s]*$/u;

/** What the data says about a source's sentence that it may not: the year it was written, its one partner, its one period. */
export function sourceContext(data: Pick<Dataset, "observations" | "sources">, sourceId: string): ReadContext {
  const published = data.sources.get(sourceId)?.published;
  const partners = new Set(data.observations.filter((o) => o.sourceId === sourceId).map((o) => (o.reporter === "CHN" ? o.partner : o.reporter)));
  const [only] = partners;
  const partner = partners.size === 1 && only && (CHECK_PLACES as readonly string[]).includes(only) ? (only as CheckPlace) : undefined;
  // A period the source derived (2022 from "6.6% less than the year before") is not the period it states.
  const periods = new Set(data.observations.filter((o) => o.sourceId === sourceId && o.status !== "derived").map((o) => o.period));
  const [onePeriod] = periods;
  const period = periods.size === 1 && onePeriod ? periodFromText(onePeriod) : undefined;
  return { ...(published ? { year: Number(published.slice(0, 4)) } : {}), ...(partner ? { partner } : {}), ...(period ? { period } : {}) };
}

/**
 * The check page's query for a sentence, with the parts of its reading that came from its source
 * (a partner, "last year") given as corrections, so that the page reads it the same way.
 */
function checkParams(text: string, claims: readonly CheckClaimJson[]): URLSearchParams {
  const params = new URLSearchParams({ text });
  claims.forEach((c, i) => {
    if (c.read.partner === "source" && c.partner) params.set(`partner${i + 1}`, c.partner);
    if (c.read.period === "source" && c.period) params.set(`period${i + 1}`, c.period);
  });
  return params;
}

/** The check page's address for a sentence (see checkParams). */
export const checkLink = (lang: Locale, text: string, claims: readonly CheckClaimJson[]): string => `/${lang}/check?${checkParams(text, claims).toString()}`;

/** A source's supporting sentence as the checker reads it, or null where it reads no figure in it. */
function readSource(data: Dataset, sourceId: string, lang: Locale): { sentence: string; answer: CheckResponse } | null {
  const sentence = data.sources.get(sourceId)?.supports ?? "";
  const answer = LATIN_ONLY.test(sentence) ? checkAnswer(sentence, lang, data, sourceContext(data, sourceId)) : null;
  return answer?.claims.length ? { sentence, answer } : null;
}

/**
 * The coverage page's link to a sentence's check: the source's id, not the sentence again in the
 * address (a fifth of the page's weight, 157 times). The check page reads it with sourceCheckQuery.
 */
export const coverageCheckPath = (lang: Locale, sourceId: string): string => `/${lang}/check?${new URLSearchParams({ source: sourceId }).toString()}`;

/**
 * The query a source's id stands for: its sentence and the corrections its source gives, as the
 * coverage page reads it, so the check page shows what checkLink's address would. Null for an
 * unknown source or one with no figure read.
 */
export function sourceCheckQuery(data: Dataset, sourceId: string, lang: Locale): Record<string, string> | null {
  const read = readSource(data, sourceId, lang);
  return read && Object.fromEntries(checkParams(read.sentence, read.answer.claims));
}

export function coverage(data: Dataset, lang: Locale): Coverage {
  const t = messagesFor(lang);
  const rows: CoverageRow[] = [];
  let skipped = 0;
  for (const s of data.sources.values()) {
    const read = readSource(data, s.id, lang);
    if (!read) {
      skipped++;
      continue;
    }
    const { sentence, answer } = read;
    rows.push({ sourceId: s.id, sentence, lang: textStyle(sentence), answer, classes: answer.claims.map(classOf), briefs: answer.claims.map((c) => briefOf(c, t)), link: coverageCheckPath(lang, s.id) });
  }
  const counts = { china: 0, partner: 0, neither: 0, none: 0 };
  for (const r of rows) for (const c of r.classes) counts[c]++;
  return { rows, skipped, counts, figures: rows.reduce((n, r) => n + r.classes.length, 0) };
}
