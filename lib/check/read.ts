import type { Ratio } from "@/lib/money/ratio";
import type { CheckKind, CheckPlace, CheckQualifier, CheckReadFrom } from "@/lib/schema/api-check";
import type { Currency, Flow } from "@/lib/schema/primitives";
import { baseFor, clausesOf, isBase, periodMentionFor, periodRightAfter, placeMentionFor, resolvePeriod, sentencesOf, within } from "./attach";
import { changeBefore, NOT_TRADE, qualifierBefore, shareWordAt, TARGET, withoutQualifier } from "./cues";
import { figuresOf, flowsRespectively, kindOf, respectively } from "./figures";
import { flowWords, readFlow, totalWords, type Side } from "./flows";
import { periodMentions, type Period, type PeriodMention } from "./periods";
import { placeMentions } from "./places";

/**
 * How a sentence's figures are read: deterministic rules, no network, no model. Each figure gets
 * its kind, its number exactly as written, the partner, period, flow and currency it is about,
 * and where each of those came from (the text, the text's source, or an assumption a reader can
 * correct on the page).
 */

/** Why a figure cannot be looked up as a trade figure, whatever the data holds. */
export type Topic = "trade" | "not-trade" | "target" | "unclear-percent" | "whose-share";

export type Reading = {
  quote: string;
  start: number;
  end: number;
  kind: CheckKind;
  /** Money in whole units, a growth rate or share as a fraction (0.27), a multiple as a factor. */
  stated: Ratio;
  /** The number as written, and the power of ten of its unit: the last digit's size gives the tolerance. */
  digits: string;
  exp: number;
  qualifier: CheckQualifier;
  qualifierWord: string;
  currency: Currency | null;
  partner: CheckPlace | null;
  period: Period | null;
  /** The earlier period of a multiple or an average growth rate. */
  base: Period | null;
  average: boolean;
  /** The currency a rate of change is told in: "in yuan terms", or the sentence's money figures'. */
  terms: Currency | null;
  flow: Flow;
  read: { partner: CheckReadFrom; period: CheckReadFrom; flow: CheckReadFrom; currency: CheckReadFrom };
  topic: Topic;
  /** The word that made it not a trade total or a target. */
  topicWord?: string;
};

/** What the text itself does not say: the year it was written in ("last year"), its subject and its period. */
export type ReadContext = { year?: number; partner?: CheckPlace; period?: Period };

/** Words that name trade as a whole: a figure beside them is read as total trade, not assumed to be. */
const TRADE_WORD = /(?<![\p{L}])(trade|traded|turnover|commerce|perdagangan|berdagang|dagang)(?![\p{L}])/iu;

const TERMS: readonly [RegExp, Currency][] = [
  [/(?:yuan|renminbi|RMB)\s+terms|in\s+yuan|dalam\s+(?:yuan|renminbi)/i, "CNY"],
  [/(?:dollar|USD)\s+terms|in\s+(?:US\s+)?dollars|dalam\s+dolar/i, "USD"],
];

const TAIL_FLOW = /^\s*(?:accounted\s+for|for|of|in|worth\s+of|dari)\s+(?=exports?|imports?|ekspor|impor)/iu;

export function readText(text: string, ctx: ReadContext = {}): Reading[] {
  const figures = figuresOf(text);
  const money = figures.filter((f) => f.token?.unit === "money");
  const periods = periodMentions(text, figures);
  const places = placeMentions(text);
  const flows = flowWords(text);
  const totals = totalWords(text);
  const sentences = sentencesOf(text);
  const where = figures.map((f) => {
    const sentence = within(sentences, f.start);
    return { sentence, clause: within(clausesOf(text, sentence), f.start) };
  });
  // First pass: the periods written right after a figure belong to it and to no other.
  const right = figures.map((f, i) => periodRightAfter(text, f, periods, where[i]?.clause ?? f));
  const taken = new Set(right.filter((m): m is PeriodMention => m !== null));
  const found: (Period | null)[] = [];
  const sides = new Map<number, Side | null>();
  const kinds: { start: number; kind: CheckKind; percent: boolean }[] = [];
  return figures.map((f, i) => {
    const { sentence, clause } = where[i] ?? { sentence: f, clause: f };
    const lead = text.slice(clause.start, f.start);
    const tail = text.slice(f.end, clause.end);
    const q = qualifierBefore(lead);
    const previous = kinds.filter((x) => x.start >= sentence.start && x.percent).at(-1)?.kind;
    const k = kindOf(f, lead, tail, f.token?.unit === "percent" ? previous : undefined);
    kinds.push({ start: f.start, kind: k.kind, percent: f.token?.unit === "percent" });
    const cueAt = Math.min(q.at, f.token?.unit === "money" ? (changeBefore(withoutQualifier(lead))?.at ?? lead.length) : lead.length);
    // Period: its own, else the sentence's, else the text's first figure's.
    // A growth rate or a multiple is of the later year: "27% over 2022" is 2023's, "since 1992" is a base;
    // a year written after a level as a base ("from 2021's") is not the level's either.
    const compares = k.kind === "growth" || k.kind === "multiple";
    const usable = periods.filter((m) => !isBase(text, m) || (!compares && m.end <= f.start));
    const nearPeriod = (side: "before" | "after") => periodMentionFor(f, usable, taken, sentence, side) ?? (compares ? periodMentionFor(f, usable, new Set(), sentence, side) : null);
    // Its own period; the nearest before it; the sentence's first figure's; one after it; the text's first figure's; its source's.
    const firstInSentence = found.find((p, j) => p && (figures[j]?.start ?? 0) >= sentence.start);
    const before = right[i] ?? nearPeriod("before");
    const later = before || firstInSentence ? null : nearPeriod("after");
    const pm = before ?? later;
    const fromText = pm ? resolvePeriod(pm, periods, ctx.year) : (firstInSentence ?? (sentence.start > 0 ? found.find((p) => p !== null) : null) ?? null);
    let period = fromText ?? ctx.period ?? null;
    const periodFrom: CheckReadFrom = !period ? "none" : !fromText || pm?.relative !== undefined ? "source" : "text";
    let base = k.kind === "multiple" || k.average ? baseFor(text, f, period, periods, sentence, ctx.year) : null;
    // "From … in 2013 to … in 2024; average annual growth 7.3%": from the sentence's first year to its last.
    const years = periods.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => resolvePeriod(m, periods, ctx.year)).filter((p): p is Period => p?.type === "year");
    if (k.average && years.length > 1) {
      period = years.reduce((a, b) => (b.year > a.year ? b : a));
      base = years.reduce((a, b) => (b.year < a.year ? b : a));
    }
    found.push(period);
    // Flow: "accounted for imports" right after it, else the nearest flow word before it in its clause.
    const tailFlow = TAIL_FLOW.exec(tail);
    const after = tailFlow ? flows.find((w) => w.start === f.end + tailFlow[0].length) : undefined;
    const fw = after ?? flows.filter((w) => w.start >= clause.start && w.end <= f.start).at(-1);
    const tw = totals.filter((w) => w.start >= clause.start && w.end <= f.start).at(-1);
    const prevSide = [...sides.entries()].filter(([start]) => start >= sentence.start && start < f.start).at(-1)?.[1] ?? null;
    const chinaNamed = places.some((p) => p.place === "CHN" && p.start >= sentence.start && p.end <= sentence.end);
    const listedFlow = flowsRespectively(text, f, figures, clause);
    const flow = listedFlow
      ? { flow: listedFlow, side: "china" as const, from: "text" as const, partner: null }
      : fw && (after || !tw || tw.end < fw.start)
        ? readFlow(text, fw, places, clause.end, prevSide, chinaNamed)
        : null;
    sides.set(f.start, flow?.side ?? prevSide);
    // Partner: "respectively", the owner of the flow, the place named nearest, the text's subject.
    const mention = placeMentionFor(text, f, places, sentence, clause);
    const fromFlow = flow?.partner && flow.partner !== "CHN" ? flow.partner : null;
    const named = respectively(text, f, figures, places, clause) ?? fromFlow ?? (mention && mention.place !== "CHN" ? mention.place : undefined);
    const partner = named === undefined ? (ctx.partner ?? "CA5") : named;
    const partnerFrom: CheckReadFrom = named !== undefined ? "text" : ctx.partner ? "source" : "assumed";
    // Currency: its own sign or word, else the one the sentence's other money figures are written in.
    const ownCurrency = f.token?.currency ?? null;
    const near = money.filter((g) => g.token?.currency && g.start >= sentence.start && g.end <= sentence.end).sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start));
    const currency = ownCurrency ?? (f.token?.unit === "money" ? (near[0]?.token?.currency ?? null) : null);
    // Not trade: goods, investment or a target named in the clause before it.
    const notTrade = [...lead.matchAll(NOT_TRADE)].at(-1)?.[0];
    const target = [...lead.matchAll(TARGET)].at(-1)?.[0] ?? (pm?.by ? "by" : undefined);
    // Whose share: the place named before the share word ("China's share of Central Asia's trade" is China's).
    const shareEnd = clause.start + (shareWordAt(lead) ?? lead.length);
    const shareOwner = k.kind === "share" ? places.filter((p) => p.start >= clause.start && p.end <= shareEnd).at(-1) : undefined;
    const whose = k.kind === "share" && (!shareOwner || shareOwner.place === "CHN" || shareOwner.place === null);
    const topic: Topic = notTrade ? "not-trade" : target ? "target" : k.unclear ? "unclear-percent" : whose ? "whose-share" : "trade";
    const hasMoney = k.kind === "level" || k.kind === "change";
    const told = TERMS.find(([re]) => re.test(text.slice(sentence.start, sentence.end)))?.[1];
    const terms = hasMoney ? null : (told ?? (near[0]?.token?.currency === "IDR" ? null : (near[0]?.token?.currency ?? null)));
    return {
      quote: text.slice(clause.start + cueAt, f.end).trim(),
      start: clause.start + cueAt,
      end: f.end,
      kind: k.kind,
      stated: k.stated,
      digits: k.digits,
      exp: k.exp,
      qualifier: q.qualifier,
      qualifierWord: q.word,
      currency: hasMoney ? currency : null,
      partner: k.kind === "share" && shareOwner?.place && shareOwner.place !== "CHN" ? shareOwner.place : partner,
      period,
      base,
      average: k.average,
      terms,
      flow: flow?.flow ?? "total",
      read: { partner: partnerFrom, period: periodFrom, flow: flow || tw || TRADE_WORD.test(text.slice(clause.start, clause.end)) ? "text" : "assumed", currency: !hasMoney ? "none" : currency ? "text" : "none" },
      topic,
      ...(notTrade ? { topicWord: notTrade } : target ? { topicWord: target } : {}),
    };
  });
}
