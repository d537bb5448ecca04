import type { Dataset } from "@/lib/data/types";
import { CHECK_PLACES, CHECK_TEXT_MAX, type CheckPlace } from "@/lib/schema/api-check";
import { CURRENCIES, FLOWS, type Currency, type Flow } from "@/lib/schema/primitives";
import type { Override } from "./check";
import { monthsPeriod, yearPeriod, type Period } from "./periods";

/**
 * The check page's query: the text, and the reader's corrections of each figure's reading
 * (`partner1`, `period1`, `flow1`, `currency1` for the first figure, and so on). An empty or unknown
 * value is no correction: the selects send "" for "as read". Or `source`, a source's id: its
 * supporting sentence, read as the coverage page reads it (a short link there for a long sentence).
 */

export const OVERRIDE_FIELDS = ["partner", "period", "flow", "currency"] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];
/** Enough for any real paragraph; more figures than this keep their reading. */
export const MAX_FIGURES = 40;

export type PageQuery = { text: string; tooLong: boolean; overrides: (Override | undefined)[]; source: string };

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const oneOf = <T extends string>(values: readonly T[], v: string): T | undefined => (values as readonly string[]).includes(v) ? (v as T) : undefined;

/** "2024", "2025-01/2025-10" or "2026-02" as a period; anything else is none. */
export function periodFromText(s: string): Period | undefined {
  if (/^(19|20)\d{2}$/.test(s)) return yearPeriod(Number(s));
  const range = /^((?:19|20)\d{2})-(0[1-9]|1[0-2])\/\1-(0[1-9]|1[0-2])$/.exec(s);
  if (range && Number(range[2]) < Number(range[3])) return monthsPeriod(Number(range[1]), Number(range[2]), Number(range[3]));
  const month = /^((?:19|20)\d{2})-(0[1-9]|1[0-2])$/.exec(s);
  return month ? monthsPeriod(Number(month[1]), Number(month[2]), Number(month[2])) : undefined;
}

export function pageQuery(params: Params): PageQuery {
  const text = first(params.text);
  const overrides = Array.from({ length: MAX_FIGURES }, (_, i): Override | undefined => {
    const n = i + 1;
    const o: Override = {};
    const partner = oneOf<CheckPlace>(CHECK_PLACES, first(params[`partner${n}`]));
    const period = periodFromText(first(params[`period${n}`]));
    const flow = oneOf<Flow>(FLOWS, first(params[`flow${n}`]));
    const currency = oneOf<Currency>(CURRENCIES, first(params[`currency${n}`]));
    if (partner) o.partner = partner;
    if (period) o.period = period;
    if (flow) o.flow = flow;
    if (currency) o.currency = currency;
    return Object.keys(o).length ? o : undefined;
  });
  return { text: text.trim() ? text : "", tooLong: text.length > CHECK_TEXT_MAX, overrides, source: first(params.source) };
}

/** The periods a reader may choose: every period China's figures or the partners' have, latest first. */
export function periodChoices(data: Pick<Dataset, "observations">): Period[] {
  const seen = new Map<string, Period>();
  for (const o of data.observations) if (!seen.has(o.period)) seen.set(o.period, periodFromText(o.period) ?? yearPeriod(o.year));
  return [...seen.values()].sort((a, b) => b.period.localeCompare(a.period));
}

/** The partners a reader may choose: Indonesia only where the data has its figures. */
export function placeChoices(data: Pick<Dataset, "observations">): CheckPlace[] {
  const has = new Set<string>(data.observations.map((o) => o.partner));
  return CHECK_PLACES.filter((p) => p !== "IDN" || has.has(p));
}
