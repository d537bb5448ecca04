import type { Locale } from "@/lib/format/locale";
import { currencyPrefix, formatDecimal, formatExact, formatGrowth, formatMoney, formatRate, formatShare, resolveScale, scaleWord, significantPlaces, type Scale, type UnitChoice } from "@/lib/format/number";
import { formatPeriod } from "@/lib/format/date";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { abs, compare, div, parseDecimal, pow10, ratio, toDecimalString, type Ratio } from "@/lib/money/ratio";
import type { ConversionStepJson } from "@/lib/schema/api";
import type { DisplayCurrency } from "@/lib/schema/primitives";
import type { FigureRow } from "./rows";

const EXPONENT: Record<Scale, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

const SMALLER: Record<Scale, Scale | null> = { thousand: null, million: "thousand", billion: "million", trillion: "billion" };

/**
 * One unit for a whole figure, so a chart's axis and its table read alike: the largest value's, or
 * one smaller where the largest is under 10 in it and the smallest under 1 (a yuan view's Indonesia
 * figure runs from CN¥2.54 billion to CN¥1.06 trillion: "2.54" and "1,064.89" billion read, "0.00254"
 * trillion does not). A unit the reader picked is kept.
 */
export function figureScale(rows: readonly FigureRow[], unit: UnitChoice): Scale | null {
  if (unit !== "auto") return unit;
  const sizes = rows.flatMap((r) => (r.value && r.value.num !== 0n ? [abs(r.value)] : []));
  const largest = sizes.reduce<Ratio>((max, v) => (compare(v, max) > 0 ? v : max), ratio(0n));
  const smallest = sizes.reduce<Ratio>((min, v) => (compare(v, min) < 0 ? v : min), largest);
  const scale = resolveScale(largest, "auto");
  const lower = scale && SMALLER[scale];
  const under = (v: Ratio, s: Scale, n: bigint) => compare(scaled(v, s), ratio(n)) < 0;
  return scale && lower && under(largest, scale, 10n) && under(smallest, scale, 1n) ? lower : scale;
}

export const scaled = (value: Ratio, scale: Scale | null): Ratio => (scale ? div(value, pow10(EXPONENT[scale])) : value);

/** The table's number without locale, for the CSV: "94.82", "0.00046". */
export function plainValue(value: Ratio, scale: Scale | null): string {
  const v = scaled(value, scale);
  return toDecimalString(v, significantPlaces(v));
}

/** For the chart only: a float in the figure's unit. */
export const chartNumber = (value: Ratio | null, scale: Scale | null): number | null =>
  value ? Number(formatDecimalPlain(scaled(value, scale), 8)) : null;

function formatDecimalPlain(value: Ratio, places: number): string {
  const s = value.num * 10n ** BigInt(places);
  const q = s / value.den;
  const neg = q < 0n;
  const digits = (neg ? -q : q).toString().padStart(places + 1, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** `base`: the year of constant US dollars, where the view deflates; named with every such value. */
export type CellContext = { locale: Locale; t: Messages; currency: DisplayCurrency; scale: Scale | null; base?: number | null };

/** The unit as words: "miliar US$" is not used; the axis and column say "US$, miliar". */
export function unitLabel(ctx: Pick<CellContext, "locale" | "t" | "currency" | "scale" | "base">): string {
  const prefix = currencyPrefix(ctx.currency);
  const currency = ctx.base ? fill(ctx.t.constantPrices, { currency: prefix, base: ctx.base }) : prefix;
  return ctx.scale ? fill(ctx.t.axis, { currency, unit: scaleWord(ctx.scale, ctx.locale) }) : fill(ctx.t.axisPlain, { currency });
}

/**
 * The number in the figure's unit, as the table shows it and the CSV holds it: two decimals
 * ("94,82"), or more where a fixed unit needs them to keep three significant digits ("0,00046").
 */
export function valueCell(row: FigureRow, ctx: CellContext): string {
  if (row.value) {
    const value = scaled(row.value, ctx.scale);
    const places = significantPlaces(value);
    return formatDecimal(value, ctx.locale, { min: places, max: places }, row.flow === "balance");
  }
  return unavailableText(row, ctx);
}

export function unavailableText(row: FigureRow, ctx: Pick<CellContext, "t">): string {
  if (row.unavailable !== "no-rate") return ctx.t.table.noData;
  // A year's average never converts part of that year.
  return row.periodType === "ytd" ? ctx.t.table.noRatePartYear : fill(ctx.t.table.noRate, { year: row.year });
}

/** The money with currency and unit word: "US$94,82 miliar". */
export function moneyText(row: FigureRow, ctx: CellContext): string {
  if (!row.value) return row.unavailable === "no-rate" ? ctx.t.summary.notConverted : ctx.t.table.noData;
  return formatMoney(row.value, ctx.currency, ctx.locale, { unit: ctx.scale ?? "auto", signed: row.flow === "balance" });
}

export const exactCell = (row: FigureRow, ctx: CellContext): string => (row.value ? formatExact(row.value, ctx.currency, ctx.locale) : "");

/** "+6,1%" in id, "+6.1%" in en, "+8,0% †" where it compares two sources; a dash where there is no growth to read. */
export const changeCell = (row: FigureRow, locale: Locale, t: Messages): string =>
  row.change ? `${formatGrowth(row.change, locale)}${row.changeFrom?.kind === "crosses" ? " †" : ""}` : t.table.noGrowth;

/** Shares always with one decimal, so "24,0%" sits beside "46,2%". */
export const shareCell = (row: FigureRow, locale: Locale): string => (row.share ? formatShare(row.share, locale) : "");

export const periodCell = (row: FigureRow, locale: Locale): string => formatPeriod(row.period, locale);

/**
 * "Rp16.296 (kurs artikel)", "CN¥6,1932 (rata-rata 2013, yuan per US$) → Rp17.000 (kurs Anda)",
 * or for constant dollars "× 321,943 (IHK-U AS 2025) ÷ 140,3 (IHK-U AS 1992)".
 */
export function rateCell(steps: readonly ConversionStepJson[], ctx: Pick<CellContext, "locale" | "t">): string {
  if (steps.length === 0) return ctx.t.rateNone;
  return steps
    .map((s) => {
      if (s.rateBasis === "cpi_u") {
        const sign = s.operation === "multiply" ? "×" : "÷";
        return `${sign} ${formatDecimal(parseDecimal(s.rate), ctx.locale, { max: 3 })} (${fill(ctx.t.rateUsed.index, { year: s.ratePeriod })})`;
      }
      const quote = s.from === "CNY" || s.to === "CNY" ? "CNY" : "IDR";
      const label =
        s.rateBasis === "article_stated"
          ? ctx.t.rateUsed.article
          : s.rateBasis === "reader_stated"
            ? ctx.t.rateUsed.custom
            : fill(quote === "CNY" ? ctx.t.rateUsed.cny : s.rateStatus === "derived" ? ctx.t.rateUsed.annualDerived : ctx.t.rateUsed.annual, { year: s.ratePeriod });
      return `${formatRate(parseDecimal(s.rate), quote, ctx.locale)} (${label})`;
    })
    .join(" → ");
}

export const statusCell = (row: FigureRow, t: Messages): string => (row.status ? t.status[row.status] : "");

/** Sentences pick the unit per number ("US$460 juta", "US$94,82 miliar") unless the reader fixed one. */
export const sentenceContext = (ctx: CellContext, unit: UnitChoice): CellContext => ({ ...ctx, scale: unit === "auto" ? null : unit });

/** China's figure as a multiple of the partner's own, one decimal: "4,5". */
export const gapNumber = (row: FigureRow, locale: Locale): string => (row.gap ? formatDecimal(row.gap, locale, { min: 1, max: 1 }) : "");

/** The same with its sign for a table: "4,5×". */
export const gapCell = (row: FigureRow, locale: Locale): string => (row.gap ? `${gapNumber(row, locale)}×` : "");
