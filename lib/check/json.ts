import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import { toDecimalString, type Ratio } from "@/lib/money/ratio";
import type { CheckClaimJson, CheckKind, CheckSeriesJson } from "@/lib/schema/api-check";
import type { CheckResult } from "./check";
import type { SeriesResult } from "./judge";
import { figureValue, seriesLabel, ruleWords, sourcesDiffer, statedValue, summaryLine, type WordsData } from "./words";

/**
 * A value as an exact decimal string where it ends within its places: money to the cent at most (a
 * figure converted from yuan has no end), rates, shares and multiples to six places; no trailing zeros.
 */
export function decimalText(x: Ratio, kind: CheckKind): string {
  const text = toDecimalString(x, kind === "level" || kind === "change" ? 2 : 6);
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

function seriesJson(r: SeriesResult, c: CheckResult, data: WordsData, t: Messages, locale: Locale) {
  const kind = c.reading.kind;
  return {
    series: r.series.kind,
    label: seriesLabel(r.series, data, t, locale),
    reporter: r.series.kind === "regional" ? c.reading.partner ?? "" : r.series.reporter,
    value: decimalText(r.value.amount, kind),
    valueText: figureValue(kind, r.value.amount, c.reading.currency, locale),
    sourceId: r.value.sourceIds[0] ?? "",
    sourceIds: r.value.sourceIds,
    rate: r.value.rate,
  };
}

/** One checked figure as GET /api/check answers it (and as the page reads it). */
export function claimJson(c: CheckResult, data: WordsData, t: Messages, locale: Locale): CheckClaimJson {
  const r = c.reading;
  const others: CheckSeriesJson[] = c.others.map((o) => ({ ...seriesJson(o, c, data, t, locale), verdict: o.verdict, difference: decimalText(o.difference, r.kind) }));
  return {
    quote: r.quote,
    partner: r.partner,
    period: r.period?.period ?? null,
    periodType: r.period?.type ?? null,
    basePeriod: r.base?.period ?? null,
    flow: r.flow,
    kind: r.kind,
    currency: r.currency,
    stated: decimalText(r.stated, r.kind),
    statedText: statedValue(r, locale),
    qualifier: r.qualifier,
    read: r.read,
    verdict: c.verdict,
    rule: ruleWords(c, t, locale),
    data: c.main ? seriesJson(c.main, c, data, t, locale) : null,
    difference: c.main ? decimalText(c.main.difference, r.kind) : null,
    otherSeries: others,
    summary: summaryLine(c, data, t, locale),
    why: sourcesDiffer(c) ? t.disagree.cif : null,
  };
}
