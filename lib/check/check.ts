import type { Rule } from "@/lib/article/claims";
import type { CheckPlace, CheckReadFrom, CheckVerdict } from "@/lib/schema/api-check";
import type { Currency, Flow } from "@/lib/schema/primitives";
import { judgeSeries, ruleFor, type SeriesResult } from "./judge";
import type { Period } from "./periods";
import { readText, type ReadContext, type Reading } from "./read";
import { seriesFor, type Data } from "./series";

/**
 * A text's figures against the data: each figure as read (and as the reader corrected the reading),
 * its verdict against China's customs figures, and the same figure in every other series the data
 * holds (the partner's own statistics, other sources, regional figures), each with its verdict.
 */

/** Why a figure has no verdict. */
export type NoDataReason =
  | { code: "not-trade" | "target"; word: string }
  | { code: "unclear-percent" | "whose-share" | "no-partner" | "no-period" | "no-currency" | "no-base" | "no-figure" | "future" };

export type CheckResult = {
  reading: Reading;
  verdict: CheckVerdict;
  rule: Rule;
  /** The series the verdict is against: China's customs where the data has China's figure. */
  main: SeriesResult | null;
  others: SeriesResult[];
  reason: NoDataReason | null;
};

/** A reader's corrections of one figure's reading (URL parameters on the page). */
export type Override = { partner?: CheckPlace; period?: Period; flow?: Flow; currency?: Currency };

function apply(r: Reading, o: Override | undefined): Reading {
  if (!o) return r;
  const read = { ...r.read };
  const mark = (key: keyof Reading["read"], on: boolean): CheckReadFrom => (on ? "override" : read[key]);
  return {
    ...r,
    partner: o.partner ?? r.partner,
    period: o.period ?? r.period,
    flow: o.flow ?? r.flow,
    currency: r.kind === "level" || r.kind === "change" ? (o.currency ?? r.currency) : r.currency,
    // A corrected partner or period is the reader's word: the text's topic guesses no longer apply.
    read: { partner: mark("partner", !!o.partner), period: mark("period", !!o.period), flow: mark("flow", !!o.flow), currency: mark("currency", !!o.currency && (r.kind === "level" || r.kind === "change")) },
  };
}

const lastYear = (data: Data): number => Math.max(...data.observations.filter((o) => o.reporter === "CHN").map((o) => o.year));

function reasonFor(r: Reading, data: Data): NoDataReason | null {
  if (r.topic === "not-trade" || r.topic === "target") return { code: r.topic, word: r.topicWord ?? "" };
  if (r.topic === "unclear-percent" || r.topic === "whose-share") return { code: r.topic };
  if (!r.partner) return { code: "no-partner" };
  if (!r.period) return { code: "no-period" };
  if (r.period.year > lastYear(data)) return { code: "future" };
  if ((r.kind === "level" || r.kind === "change") && !r.currency) return { code: "no-currency" };
  if ((r.kind === "multiple" || r.average) && !r.base) return { code: "no-base" };
  return null;
}

/** One figure: its verdict against China's customs, or the first other series with a value. */
export function checkReading(reading: Reading, data: Data): CheckResult {
  const rule = ruleFor(reading);
  const reason = reasonFor(reading, data);
  if (reason || !reading.partner || !reading.period) return { reading, verdict: "no-data", rule, main: null, others: [], reason: reason ?? { code: "no-figure" } };
  const cell = { place: reading.partner, period: reading.period, flow: reading.flow };
  const results = seriesFor(data, cell)
    .map((s) => judgeSeries(data, s, reading, cell, rule))
    .filter((x): x is SeriesResult => x !== null);
  const [main, ...others] = results;
  if (!main) return { reading, verdict: "no-data", rule, main: null, others: [], reason: { code: "no-figure" } };
  return { reading, verdict: main.verdict, rule, main, others, reason: null };
}

export function checkText(text: string, data: Data, ctx: ReadContext = {}, overrides: readonly (Override | undefined)[] = []): CheckResult[] {
  return readText(text, ctx).map((r, i) => checkReading(apply(r, overrides[i]), data));
}
