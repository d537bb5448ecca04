import { BASE_BEFORE_YEAR, CLAUSE_BREAK } from "./cues";
import type { PeriodMention, Period } from "./periods";
import { monthsPeriod, yearPeriod } from "./periods";
import type { PlaceMention } from "./places";

/**
 * Which period and which place a figure belongs to, when a sentence names several: the rules a
 * careful reader follows. "US$94.82 billion in 2024, up from US$89.4 billion in 2023": each
 * figure takes the year written right after it; "In 2022, trade … totaled US$70.2 billion": the
 * year before it. A country named right before a figure is its partner; the region named as a
 * scope ("China's partners in Central Asia") gives way to a country in the same sentence.
 */

export type Span = { start: number; end: number };

const SENTENCE_END = /(?:[.!?]|\.\.\.|…)(?=\s+["“(\p{Lu}\d]|\s*$)/gu;

function cut(text: string, re: RegExp, within: Span): Span[] {
  const out: Span[] = [];
  let start = within.start;
  for (const m of text.slice(within.start, within.end).matchAll(re)) {
    const end = within.start + m.index + m[0].length;
    // A decimal point or an abbreviation ("U.S.") ends nothing.
    if (/\d\.\d/.test(text.slice(end - 2, end + 1))) continue;
    out.push({ start, end });
    start = end;
  }
  if (start < within.end) out.push({ start, end: within.end });
  return out;
}

export function sentencesOf(text: string): Span[] {
  return cut(text, SENTENCE_END, { start: 0, end: text.length });
}

export function clausesOf(text: string, sentence: Span): Span[] {
  return cut(text, CLAUSE_BREAK, sentence);
}

export const within = (spans: readonly Span[], pos: number): Span => spans.find((s) => pos >= s.start && pos < s.end) ?? spans.at(-1) ?? { start: 0, end: 0 };

/** Between a figure and the period that follows it: "in", "pada tahun", "set in", a parenthesis, a converted figure. */
const PERIOD_GAP = /^\s*\)?\s*(?:\([^()]*\)\s*)?(?:(?:set|recorded|registered|posted|seen)\s+)?(?:in|pada|for|during|of|di|on|as\s+of|sepanjang|selama|through|throughout)?\s*(?:the\s+)?(?:(?:calendar|full)\s+)?(?:year\s+|tahun\s+)?$/i;

/** The period written right after a figure ("US$94.82 billion in 2024"), which belongs to it alone. */
export function periodRightAfter(text: string, fig: Span, mentions: readonly PeriodMention[], clause: Span): PeriodMention | null {
  return mentions.find((m) => !m.date && m.start >= fig.end && m.start <= clause.end && PERIOD_GAP.test(text.slice(fig.end, m.start))) ?? null;
}

/** The nearest period before (or the first after) a figure in its sentence that no other figure has taken. */
export function periodMentionFor(fig: Span, mentions: readonly PeriodMention[], taken: ReadonlySet<PeriodMention>, sentence: Span, side: "before" | "after"): PeriodMention | null {
  const free = mentions.filter((m) => !m.date && !taken.has(m) && m.start >= sentence.start && m.end <= sentence.end);
  return (side === "before" ? free.filter((m) => m.end <= fig.start).at(-1) : free.find((m) => m.start >= fig.end)) ?? null;
}

/** A mention as a period: a month range without its year takes the nearest year the text writes. */
export function resolvePeriod(m: PeriodMention, all: readonly PeriodMention[], textYear?: number): Period | null {
  if (m.period) return m.period;
  if (m.months && m.relative !== undefined) return textYear === undefined ? null : monthsPeriod(textYear + m.relative, m.months[0], m.months[1]);
  if (m.relative !== undefined) return textYear === undefined ? null : yearPeriod(textYear + m.relative);
  if (!m.months) return null;
  const years = all.filter((o) => o.period?.type === "year");
  const nearest = years.toSorted((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
  const year = nearest?.period?.year ?? textYear;
  return year === undefined ? null : monthsPeriod(year, m.months[0], m.months[1]);
}

const BILATERAL = /(?<![\p{L}])(two\s+countries|two\s+sides|two\s+nations|bilateral|kedua\s+negara|bilateral)(?![\p{L}])/iu;

/**
 * The place a figure is about: the nearest place named before it in its sentence that is not China
 * and not a scope, else a scope; one named after it in its clause; the last named before it in the
 * text; and where the sentence says "the two countries", the first named after it.
 */
export function placeMentionFor(text: string, fig: Span, places: readonly PlaceMention[], sentence: Span, clause: Span): PlaceMention | null {
  const others = places.filter((p) => p.place !== "CHN");
  const before = others.filter((p) => p.start >= sentence.start && p.end <= fig.start);
  return (
    before.filter((p) => !p.scope).at(-1) ??
    before.at(-1) ??
    others.find((p) => p.start >= fig.end && p.end <= clause.end) ??
    others.filter((p) => p.end <= fig.start).at(-1) ??
    (BILATERAL.test(text.slice(sentence.start, sentence.end)) ? others.find((p) => p.start >= fig.end && !p.scope) : undefined) ??
    null
  );
}

/** A year written as the start of a comparison: "since 2014", "from 1992", "over 2022". */
export const isBase = (text: string, m: PeriodMention) => BASE_BEFORE_YEAR.test(text.slice(Math.max(0, m.start - 30), m.start));

/** The earlier period of a multiple or an average: one written as a base, else the nearest earlier year. */
export function baseFor(text: string, f: Span, period: Period | null, mentions: readonly PeriodMention[], sentence: Span, textYear?: number): Period | null {
  if (!period) return null;
  const earlier = mentions.filter((m) => !m.date).map((m) => ({ m, p: resolvePeriod(m, mentions, textYear) })).filter((x): x is { m: PeriodMention; p: Period } => x.p !== null && x.p.year < period.year);
  const inSentence = earlier.filter((x) => x.m.start >= sentence.start && x.m.end <= sentence.end);
  return (inSentence.find((x) => isBase(text, x.m)) ?? earlier.filter((x) => x.m.end <= f.start).at(-1) ?? inSentence[0])?.p ?? null;
}
