import { formatDecimal } from "@/lib/format/number";
import type { Locale } from "@/lib/format/locale";
import { parseDecimal } from "@/lib/money/ratio";
import type { ChartColors } from "./useChartColors";

/** Tick numbers in the page's language: "1.545,19" in id, "1,545.19" in en. */
export const tickNumber = (locale: Locale) => (v: number) => formatDecimal(parseDecimal(String(v)), locale, { max: 2 });

/** The value axis every money chart shares: localised ticks and a title naming currency and unit. */
export function valueAxisProps(colors: ChartColors, locale: Locale, axisLabel: string) {
  return {
    width: "auto" as const,
    tickFormatter: tickNumber(locale),
    tick: { fill: colors.muted },
    stroke: colors.line,
    label: { value: axisLabel, angle: -90, position: "insideLeft" as const, fill: colors.muted, style: { textAnchor: "middle" as const } },
  };
}
