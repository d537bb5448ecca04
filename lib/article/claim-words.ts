import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Ratio } from "@/lib/money/ratio";
import type { ClaimCheck, ClaimDerivation, Rule } from "./claims";

/** A claim's number as the page writes it: the rupiah rate as a rate, the rest as money. */
export const claimMoney = (c: Pick<ClaimCheck, "id" | "currency">, value: Ratio, locale: Locale, signed = false): string =>
  c.id === "rate" ? `${signed && value.num > 0n ? "+" : ""}${formatRate(value, "IDR", locale)}` : formatMoney(value, c.currency, locale, { signed });

/** Who wrote the figure: the article (the dashboard's claim check) or a pasted sentence (the checker). */
export type RuleVoice = "article" | "text";

/**
 * The rule behind a verdict in words, one set for the article's claims and the checker's.
 * `tolerance` is written in the figure's own unit (half its last digit; a whole digit for a floor);
 * `word` is the qualifier as written ("hampir", "nearly", "more than").
 */
export function ruleText(rule: Rule, tolerance: string, t: Messages, voice: RuleVoice = "article", word?: string): string {
  const r = t.claims.rules;
  if (rule.code === "rate-within-month") return fill(r.rate, { tolerance });
  if (rule.code === "floor") return fill(r.floor, { who: r[voice].who, word: word ?? "", tolerance });
  const half = fill(r.half, { tolerance, whose: r[voice].whose });
  return rule.almost ? `${half} ${fill(r.almost, { who: r[voice].who, word: word ?? r.almostWord })}` : half;
}

/** The rule behind a verdict, with its tolerance in the claim's own unit. */
export function claimRule(c: Pick<ClaimCheck, "id" | "currency" | "rule">, t: Messages, locale: Locale): string {
  const tolerance = c.rule.code === "rate-within-month" ? formatRate(c.rule.tolerance, "IDR", locale) : claimMoney(c, c.rule.tolerance, locale);
  return ruleText(c.rule, tolerance, t);
}

/** How an implied number follows from the article's, in the page's words and number style. */
export function claimDerivation(d: ClaimDerivation, t: Messages, locale: Locale): string {
  if (d.kind === "times-rate") return fill(t.claims.derivations.timesRate, { usd: formatMoney(d.usd, "USD", locale), rate: formatRate(d.rate, "IDR", locale) });
  return fill(t.claims.derivations.minusChange, { year: d.year, total: formatMoney(d.total, "USD", locale), change: formatMoney(d.change, "USD", locale) });
}

/**
 * What an Indonesian quote says, in the page's language, built from the claim's own figures (not
 * typed): "almost US$95 billion", "up US$5.4 billion", "US$1 = Rp16,296". Null on /id, where the
 * quote needs none.
 */
export function quoteGloss(c: Pick<ClaimCheck, "quote" | "says" | "stated" | "currency" | "rule">, t: Messages, locale: Locale): string | null {
  if (!c.quote || !c.says || locale === "id") return null;
  if (c.says === "rate") return fill(t.claims.says.rate, { rate: formatRate(c.stated, "IDR", locale) });
  const value = formatMoney(c.stated, c.currency, locale);
  if (c.says === "change") return fill(t.claims.says.change, { value });
  return c.rule.code === "half-last-digit" && c.rule.almost ? fill(t.claims.says.almost, { value }) : value;
}
