import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Ratio } from "@/lib/money/ratio";
import type { ClaimCheck, ClaimDerivation } from "./claims";

/** A claim's number as the page writes it: the rupiah rate as a rate, the rest as money. */
export const claimMoney = (c: Pick<ClaimCheck, "id" | "currency">, value: Ratio, locale: Locale, signed = false): string =>
  c.id === "rate" ? `${signed && value.num > 0n ? "+" : ""}${formatRate(value, "IDR", locale)}` : formatMoney(value, c.currency, locale, { signed });

/** The rule behind a verdict, with its tolerance in the claim's own unit. */
export function claimRule(c: Pick<ClaimCheck, "id" | "currency" | "rule">, t: Messages, locale: Locale): string {
  if (c.rule.code === "rate-within-month") return fill(t.claims.rules.rate, { tolerance: formatRate(c.rule.tolerance, "IDR", locale) });
  const half = fill(t.claims.rules.half, { tolerance: claimMoney(c, c.rule.tolerance, locale) });
  return c.rule.almost ? `${half} ${t.claims.rules.almost}` : half;
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
