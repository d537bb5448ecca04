import type { Observation, TradeData } from "@/lib/data/types";
import { formatPeriod } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { currencyPrefix, formatGrowth, formatMoney } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import type { DisplayCurrency } from "@/lib/schema/primitives";
import { toPoint } from "@/lib/trade/points";
import { periodOf, yearSoFar, type YtdAlone, type YtdComparison, type YtdFigure } from "@/lib/trade/year-so-far";
import { rowProvenance, sourceEntries, type Provenance, type SourceLookup } from "./provenance";
import { keyed, type Keyed } from "./provenance-keys";
import { rowFromPoint } from "./rows";
import { abs, add, ratio, sub } from "@/lib/money/ratio";
import { COUNTRIES } from "@/lib/schema/values";

/**
 * The year-so-far panel in words: one table per span (January–October 2025 against January–October
 * 2024, …), a lead sentence from the latest comparison of the five, and the figures that have no
 * same months a year before. Numbers as the sources state them, each with its provenance.
 */

/** `key`: the number's key in the page's provenance map, named by its table, row and column. */
export type YtdCell = { key: string; text: string; status: YtdFigure["status"]; provenance: Provenance };
export type YtdRow = { key: string; who: string; flow: string; flowShown: boolean; current: YtdCell; previous: YtdCell; change: string };
/** `notes`: where the five's total beside all five countries is not their sum, by how much (sumNotes). */
export type YtdGroup = { key: string; caption: string; now: string; before: string; year: number; rank: number; rows: YtdRow[]; notes: string[] };

/** China's figures for the five and each of them first, then Indonesia (the yardstick), then a country's own statistics. */
const rankOf = (c: Pick<YtdComparison, "reporter" | "partner">) => (c.reporter !== "CHN" ? 2 : c.partner === "IDN" ? 1 : 0);
export type YtdAloneItem = { key: string; text: string; cell: YtdCell };

/** Whose figure, in words: "Kazakhstan", "Indonesia (pembanding)", "Uzbekistan: statistik sendiri". */
function who(c: Pick<YtdComparison, "reporter" | "partner">, t: Messages): string {
  if (c.reporter !== "CHN") return fill(t.ytd.own, { country: t.partners[c.reporter] });
  return c.partner === "IDN" ? fill(t.ytd.yardstick, { country: t.partners.IDN }) : t.partners[c.partner];
}

/** A flow from the reporter's side: China's exports, or a country's own exports to China. */
function flowText(c: Pick<YtdComparison, "reporter" | "flow">, t: Messages): string {
  if (c.reporter === "CHN" || c.flow === "total") return t.flows[c.flow];
  return fill(t.ytd.ownFlows[c.flow], { country: t.partners[c.reporter] });
}

function cell(key: string, f: YtdFigure, heading: string, data: TradeData, sources: SourceLookup, locale: Locale, t: Messages): YtdCell {
  const text = formatMoney(f.value, f.currency, locale);
  const title = `${heading}: ${text}`;
  // The figure as data/ holds it, in its own currency (a part of a year is never converted).
  const provenance = f.observation
    ? rowProvenance(rowFromPoint(toPoint(f.observation, f.currency as DisplayCurrency, "article", data)), title, { locale, t }, sources)
    : {
        heading: title,
        lines: [
          { label: t.table.status, value: t.status.derived },
          { label: t.provenance.derivation, value: t.ytd.fiveSum },
        ],
        sources: sourceEntries(f.sourceIds, sources, locale),
      };
  return { key, text, status: f.status, provenance };
}

const isFiveSum = (f: YtdFigure) => f.status === "derived" && /sum of the five/i.test(f.derivation ?? "");

export function ytdPanel(observations: readonly Observation[], data: TradeData, sources: SourceLookup, locale: Locale) {
  const t = messagesFor(locale);
  const { comparisons, alone } = yearSoFar(observations);
  const groups = new Map<string, YtdGroup>();
  for (const c of comparisons) {
    const [now, before] = [formatPeriod(c.current.period, locale), formatPeriod(c.previous.period, locale)];
    const key = `${c.current.period}|${c.current.currency}`;
    const group = groups.get(key) ?? { key, now, before, year: c.year, rank: rankOf(c), caption: fill(t.ytd.caption, { now, before, currency: currencyPrefix(c.current.currency) }), rows: [], notes: [] };
    group.rank = Math.min(group.rank, rankOf(c));
    const heading = `${who(c, t)}, ${flowText(c, t)}`;
    const row = `${c.reporter}|${c.partner}|${c.flow}`;
    group.rows.push({
      key: row,
      who: who(c, t),
      flow: flowText(c, t),
      flowShown: c.flow !== "total",
      current: cell(`ytd/${key}/${row}/now`, c.current, `${heading}, ${now}`, data, sources, locale, t),
      previous: cell(`ytd/${key}/${row}/before`, c.previous, `${heading}, ${before}`, data, sources, locale, t),
      change: formatGrowth(c.change, locale),
    });
    groups.set(key, group);
  }
  for (const g of groups.values()) g.notes = sumNotes(comparisons.filter((c) => `${c.current.period}|${c.current.currency}` === g.key), locale, t);
  const lead = leadOf(comparisons.find((c) => c.reporter === "CHN" && c.partner === "CA5" && c.flow === "total"), locale, t);
  const single: YtdAloneItem[] = alone.map((a: YtdAlone) => {
    const period = formatPeriod(a.figure.period, locale);
    const heading = `${who(a, t)}, ${flowText(a, t)}, ${period}`;
    const key = `${a.reporter}|${a.partner}|${a.flow}|${a.figure.period}|${a.figure.currency}`;
    const value = cell(`ytd/alone/${key}`, a.figure, heading, data, sources, locale, t);
    return { key, text: fill(t.ytd.aloneItem, { what: heading, before: formatPeriod(periodOf(a.year - 1, a.span, a.periodType), locale) }), cell: value };
  });
  // Newest year first; within a year, the five's own spans before the yardstick's and the partners' own.
  const ordered = [...groups.values()].sort((a, b) => b.year - a.year || a.rank - b.rank);
  return { lead, groups: ordered, alone: single, sourceIds: ytdSourceIds(observations) };
}

/** Every number of the panel under its key: the panel's part of the dashboard's provenance map. */
export function ytdProvenance(panel: Pick<ReturnType<typeof ytdPanel>, "groups" | "alone">): Keyed[] {
  const cells = [...panel.groups.flatMap((g) => g.rows.flatMap((r) => [r.current, r.previous])), ...panel.alone.map((a) => a.cell)];
  return cells.map((c) => keyed(c.key, c.provenance));
}

/** Every source the panel cites, for the page's source list. */
export function ytdSourceIds(observations: readonly Observation[]): string[] {
  const { comparisons, alone } = yearSoFar(observations);
  return [...new Set([...comparisons.flatMap((c) => [...c.current.sourceIds, ...c.previous.sourceIds]), ...alone.flatMap((a) => a.figure.sourceIds)])];
}

/**
 * Where a table sets the five's total beside all five countries' rows and the total is not their
 * sum (Jan–Jun 2024: the stated US$44.32 billion beside rows that come to US$44.54 billion), a note
 * says so and by how much, for each of its two spans; a sum made here is their sum by definition.
 */
function sumNotes(comparisons: readonly YtdComparison[], locale: Locale, t: Messages): string[] {
  const china = comparisons.filter((c) => c.reporter === "CHN");
  return china.flatMap((five) => {
    const parts = COUNTRIES.map((country) => china.find((c) => c.partner === country && c.flow === five.flow));
    if (five.partner !== "CA5" || !parts.every((p): p is YtdComparison => p !== undefined)) return [];
    return (["current", "previous"] as const).flatMap((side) => {
      const total = five[side];
      if (isFiveSum(total)) return [];
      const sum = parts.reduce((acc, p) => add(acc, p[side].value), ratio(0n));
      const [sumText, totalText] = [formatMoney(sum, total.currency, locale), formatMoney(total.value, total.currency, locale)];
      if (sumText === totalText) return [];
      const diff = sub(sum, total.value);
      return [fill(t.ytd.notSum, { period: formatPeriod(total.period, locale), total: totalText, sum: sumText, diff: formatMoney(abs(diff), total.currency, locale), more: diff.num > 0n ? t.ytd.more : t.ytd.less })];
    });
  });
}

/** "Jan–Okt 2025: … US$88,1 miliar, +14,1% dibanding US$77,2 miliar pada Jan–Okt 2024 (…)". */
function leadOf(c: YtdComparison | undefined, locale: Locale, t: Messages): string | null {
  if (!c) return null;
  const derived = isFiveSum(c.current) && isFiveSum(c.previous) ? t.ytd.leadBothSums : c.current.status === "derived" || c.previous.status === "derived" ? t.ytd.leadDerived : "";
  return fill(t.ytd.lead, {
    now: formatPeriod(c.current.period, locale),
    value: formatMoney(c.current.value, c.current.currency, locale),
    change: formatGrowth(c.change, locale),
    previous: formatMoney(c.previous.value, c.previous.currency, locale),
    before: formatPeriod(c.previous.period, locale),
    derived,
  });
}
