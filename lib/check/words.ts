import { ruleText } from "@/lib/article/claim-words";
import { formatPartialDate, formatPeriod } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { currencyPrefix, formatDecimal, formatGrowth, formatMoney, formatRate, formatShare, SCALES, scaleWord, type Scale } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { abs, mul, parseDecimal, ratio, type Ratio } from "@/lib/money/ratio";
import type { CheckKind, CheckPlace } from "@/lib/schema/api-check";
import type { Currency } from "@/lib/schema/primitives";
import { shortPublisher } from "@/lib/view/provenance";
import type { CheckResult } from "./check";
import type { SeriesResult } from "./judge";
import type { Period } from "./periods";
import type { Reading } from "./read";
import type { Data, Series } from "./series";

/** The checker's answers in the page's words and number style, the claim check's rules included. */

export type WordsData = Data & { sources: ReadonlyMap<string, { publisher: string }> };

export const placeName = (p: CheckPlace, t: Messages): string => (p === "IDN" ? t.check.indonesia : t.partners[p]);

export function periodName(p: Period, locale: Locale): string {
  if (p.type === "month") return formatPartialDate(p.period, locale);
  return p.type === "ytd" ? formatPeriod(p.period, locale) : p.period;
}

const places = (digits: string) => digits.split(".")[1]?.length ?? 0;
const times = (x: Ratio, locale: Locale, max = 2) => `${formatDecimal(x, locale, { max })}×`;

/** A value of what a figure states: money, a signed change, a growth rate, a share, a multiple. */
export function figureValue(kind: CheckKind, x: Ratio, currency: Currency | null, locale: Locale): string {
  if (kind === "growth") return formatGrowth(x, locale);
  if (kind === "share") return formatShare(x, locale);
  if (kind === "multiple") return times(x, locale);
  return formatMoney(x, currency ?? "USD", locale, { signed: kind === "change" });
}

/** The figure as the sentence wrote it, with its own digits, in the page's number style: "US$94,82 miliar". */
export function statedValue(r: Pick<Reading, "kind" | "digits" | "exp" | "currency" | "stated">, locale: Locale): string {
  const number = formatDecimal(parseDecimal(r.digits), locale, { min: places(r.digits), max: places(r.digits) });
  const sign = r.stated.num < 0n ? "−" : r.kind === "change" || (r.kind === "growth" && r.stated.num > 0n) ? "+" : "";
  if (r.kind === "growth" || r.kind === "share") return `${sign}${number}%`;
  if (r.kind === "multiple") return `${number}×`;
  const scale = SCALES[r.exp / 3 - 1] as Scale | undefined;
  return `${sign}${r.currency ? currencyPrefix(r.currency) : ""}${number}${scale && r.exp > 0 ? ` ${scaleWord(scale, locale)}` : ""}`;
}

/** data − stated: money signed, percentage points for rates and shares, a signed factor for multiples. */
export function differenceText(kind: CheckKind, d: Ratio, currency: Currency | null, t: Messages, locale: Locale): string {
  if (kind === "growth" || kind === "share") return fill(t.check.percentPoints, { value: formatDecimal(mul(d, ratio(100n)), locale, { max: 2 }, true).replace(/^-/, "−") });
  if (kind === "multiple") return `${d.num < 0n ? "−" : "+"}${times(abs(d), locale)}`;
  return formatMoney(d, currency ?? "USD", locale, { signed: true });
}

function toleranceText(c: CheckResult, t: Messages, locale: Locale): string {
  const tol = c.rule.code === "floor" ? mul(c.rule.tolerance, ratio(2n)) : c.rule.tolerance;
  const r = c.reading;
  if (r.kind === "growth" || r.kind === "share") return fill(t.check.percentPoints, { value: formatDecimal(mul(tol, ratio(100n)), locale, { max: 3 }) });
  if (r.kind === "multiple") return times(tol, locale, 3);
  return formatMoney(tol, r.currency ?? "USD", locale);
}

export function seriesLabel(s: Series, data: WordsData, t: Messages, locale: Locale): string {
  if (s.kind === "china") return t.check.series.china;
  if (s.kind === "own") return fill(t.check.series.own, { country: placeName(s.reporter as CheckPlace, t) });
  if (s.kind === "regional") return data.context.mirror.find((m) => m.id === s.mirrorId)?.label[locale] ?? s.sourceId ?? "";
  const publisher = shortPublisher(data.sources.get(s.sourceId ?? "")?.publisher ?? s.sourceId ?? "");
  if (s.reporter !== "CHN") return fill(t.check.series.ownAlternative, { publisher, country: placeName(s.reporter as CheckPlace, t) });
  return fill(t.check.series.alternative, { publisher });
}

/** "at the article's rate (Rp16,296)": the rate a rupiah or yuan figure was compared at. */
export function rateWords(v: SeriesResult["value"], t: Messages, locale: Locale): string | null {
  const r = v.rate;
  if (!r) return null;
  return fill(t.check.rates[r.basis], { rate: formatRate(parseDecimal(r.value), r.quote, locale), period: r.period });
}

/** Why a figure has no verdict, in the page's words. */
export function reasonText(c: CheckResult, t: Messages, locale: Locale): string {
  const reason = c.reason ?? { code: "no-figure" as const };
  const r = c.reading;
  if (reason.code === "not-trade" || reason.code === "target") return fill(t.check.reasons[reason.code], { word: reason.word });
  if (reason.code !== "no-figure") return t.check.reasons[reason.code];
  return fill(t.check.reasons["no-figure"], { partner: r.partner ? placeName(r.partner, t) : "—", period: r.period ? periodName(r.period, locale) : "—", flow: t.check.flows[r.flow] });
}

/** The rule that gave the verdict, the rate it was compared at and what a rate of change was computed from. */
export function ruleWords(c: CheckResult, t: Messages, locale: Locale): string {
  if (c.verdict === "no-data") return reasonText(c, t, locale);
  const parts = [ruleText(c.rule, toleranceText(c, t, locale), t, "text", c.reading.qualifierWord || undefined)];
  const rate = c.main && rateWords(c.main.value, t, locale);
  if (rate) parts.push(fill(t.check.comparedAt, { rate }));
  const basis = c.main?.value.basis;
  if (basis === "usd" || basis === "cny") parts.push(t.check.basis[basis]);
  return parts.join(" ");
}

/** One series' verdict in a phrase: "differs from China's customs (US$22.71 billion)". */
export function seriesPhrase(r: SeriesResult, c: CheckResult, data: WordsData, t: Messages, locale: Locale): string {
  const value = figureValue(c.reading.kind, r.value.amount, c.reading.currency, locale);
  return fill(t.check.says[r.verdict], { series: seriesLabel(r.series, data, t, locale), value });
}

/** "differs from China's customs (US$22.71 billion); matches Kyrgyzstan's own statistics (US$5.5 billion)". */
export function summaryLine(c: CheckResult, data: WordsData, t: Messages, locale: Locale): string {
  if (!c.main) return reasonText(c, t, locale);
  return [c.main, ...c.others].map((r) => seriesPhrase(r, c, data, t, locale)).join("; ");
}

/** Sources differ: the figure differs from China's and some other series agrees with it. */
export const sourcesDiffer = (c: CheckResult): boolean => c.main?.series.kind === "china" && c.verdict === "differs" && c.others.some((o) => o.verdict !== "differs");
