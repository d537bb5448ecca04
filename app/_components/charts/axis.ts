import { formatDecimal } from "@/lib/format/number";
import type { Locale } from "@/lib/format/locale";
import { isDecimal, parseDecimal } from "@/lib/money/ratio";
import type { ChartColors } from "./useChartColors";

/** Tick numbers in the page's language: "1.545,19" in id, "1,545.19" in en. */
export const tickNumber = (locale: Locale) => (v: number) => {
  // A log axis can ask for ticks such as 1e-7, which are not plain decimals.
  const text = String(v);
  return isDecimal(text) ? formatDecimal(parseDecimal(text), locale, { max: 2 }) : v.toLocaleString(locale === "id" ? "id-ID" : "en-GB");
};

/** The value axis every money chart shares: localised ticks and a title naming currency and unit. */
export function valueAxisProps(colors: ChartColors, locale: Locale, axisLabel: string, log = false) {
  return {
    // A log axis from just under the smallest value to just over the largest, so no point is cut off.
    ...(log ? { scale: "log" as const, domain: [(min: number) => min * 0.8, (max: number) => max * 1.25] as [(n: number) => number, (n: number) => number], allowDataOverflow: true } : {}),
    width: "auto" as const,
    tickFormatter: tickNumber(locale),
    tick: { fill: colors.muted },
    stroke: colors.line,
    label: { value: axisLabel, angle: -90, position: "insideLeft" as const, fill: colors.muted, style: { textAnchor: "middle" as const } },
  };
}
