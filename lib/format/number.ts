import { abs, compare, div, pow10, toDecimalString, type Ratio } from "@/lib/money/ratio";
import type { Currency } from "@/lib/schema/primitives";
import type { Locale } from "./locale";

/** Scales a reader thinks in. "auto" picks the largest that keeps at least 1 before the decimal point. */
export const SCALES = ["thousand", "million", "billion", "trillion"] as const;
export type Scale = (typeof SCALES)[number];
export type UnitChoice = "auto" | Scale;
export const UNIT_CHOICES = ["auto", "million", "billion", "trillion"] as const;

const EXPONENT: Record<Scale, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

/**
 * Written prefixes, not Intl's currency symbols: en's "$" is ambiguous beside rupiah, and
 * Intl puts a space after "Rp" in some locales and not others.
 */
const PREFIX: Record<Currency, string> = { USD: "US$", IDR: "Rp", CNY: "CN¥" };
export const currencyPrefix = (currency: Currency): string => PREFIX[currency];

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    formatters.set(key, nf);
  }
  return nf;
}

/** The unit word ("miliar", "billion") as Intl's long compact notation writes it. */
export function scaleWord(scale: Scale, locale: Locale): string {
  const parts = numberFormat(locale, { notation: "compact", compactDisplay: "long" }).formatToParts(10 ** EXPONENT[scale]);
  return parts.find((p) => p.type === "compact")?.value ?? scale;
}

export function autoScale(value: Ratio): Scale | null {
  const size = abs(value);
  for (const scale of [...SCALES].reverse()) {
    if (compare(size, pow10(EXPONENT[scale])) >= 0) return scale;
  }
  return null;
}

export function resolveScale(value: Ratio, unit: UnitChoice): Scale | null {
  return unit === "auto" ? autoScale(value) : unit;
}

/**
 * Decimal places that keep at least `significant` significant digits of a value, and never fewer
 * than `min`: in a fixed unit, 1992's US$0.00046 trillion must not read as US$0.00 trillion.
 * Exact: compares the value with powers of ten, no logarithm in floating point.
 */
export function significantPlaces(value: Ratio, significant = 3, min = 2, cap = 12): number {
  const size = abs(value);
  if (size.num === 0n) return min;
  let places = significant - 1;
  // Each power of ten the value is below 1 adds a place: 0.5 → 3, 0.0948 → 4, 0.00046 → 6.
  while (places < cap && compare(size, pow10(significant - 1 - places)) < 0) places++;
  // A value of 10 or more already has its digits before the point.
  for (let e = 1; places > min && compare(size, pow10(e)) >= 0; e++) places--;
  return Math.min(cap, Math.max(min, places));
}

/** A plain number with grouping always on (Intl formats the decimal string exactly, no float). */
export function formatDecimal(value: Ratio, locale: Locale, fractionDigits: { min?: number; max: number }, signed = false): string {
  return numberFormat(locale, {
    minimumFractionDigits: fractionDigits.min ?? 0,
    maximumFractionDigits: fractionDigits.max,
    useGrouping: "always",
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(toDecimalString(value, fractionDigits.max) as `${number}`);
}

export type MoneyOptions = { unit?: UnitChoice; fractionDigits?: { min?: number; max: number }; signed?: boolean };

/** "US$94,82 miliar", "Rp1.545,19 triliun", "+US$5.42 billion". */
export function formatMoney(value: Ratio, currency: Currency, locale: Locale, options: MoneyOptions = {}): string {
  const scale = resolveScale(value, options.unit ?? "auto");
  const scaled = scale ? div(value, pow10(EXPONENT[scale])) : value;
  // Two decimals, or as many as keep three significant digits of a small value in a fixed unit.
  const digits = options.fractionDigits ?? { max: significantPlaces(scaled) };
  const number = formatDecimal(abs(scaled), locale, digits);
  const sign = value.num < 0n ? "−" : options.signed && value.num > 0n ? "+" : "";
  return `${sign}${PREFIX[currency]}${number}${scale ? ` ${scaleWord(scale, locale)}` : ""}`;
}

/** Every digit, in whole units: "Rp1.545.186.720.000.000". */
export function formatExact(value: Ratio, currency: Currency, locale: Locale): string {
  return `${value.num < 0n ? "−" : ""}${PREFIX[currency]}${formatDecimal(abs(value), locale, { max: 0 })}`;
}

/** "+6,06%" from a ratio such as 0.0606. */
export function formatPercent(value: Ratio, locale: Locale, signed = true, maxFractionDigits = 2, minFractionDigits = 0): string {
  // The typographic minus, as money uses: "−US$180 juta (−0,19%)", never a hyphen beside a minus.
  return numberFormat(locale, {
    style: "percent",
    maximumFractionDigits: maxFractionDigits,
    minimumFractionDigits: minFractionDigits,
    signDisplay: signed ? "exceptZero" : "auto",
  })
    .format(toDecimalString(value, maxFractionDigits + 2) as `${number}`)
    .replace(/^-/, "−");
}

/**
 * One rule per kind of percentage, so the same kind reads alike everywhere: growth one decimal and
 * signed ("+6,1%"), a share one decimal ("46,2%"), a difference between sources or from a claim two
 * decimals and signed ("−0,84%").
 */
export const formatGrowth = (value: Ratio, locale: Locale): string => formatPercent(value, locale, true, 1, 1);
export const formatShare = (value: Ratio, locale: Locale): string => formatPercent(value, locale, false, 1, 1);
export const formatDifference = (value: Ratio, locale: Locale): string => formatPercent(value, locale, true, 2, 2);

/** A rate as "Rp16.296" or "CN¥6,1932" per US dollar, with the digits the source gave. */
export function formatRate(value: Ratio, quote: Currency, locale: Locale): string {
  return `${PREFIX[quote]}${formatDecimal(value, locale, { max: 4 })}`;
}
