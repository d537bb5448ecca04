"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { Country } from "@/lib/schema/primitives";
import type { CellContext } from "@/lib/view/cells";
import type { CountriesDatum } from "@/lib/view/chart-data";
import type { FigureRow } from "@/lib/view/rows";
import { CountryPatterns, patternId } from "./patterns";
import { valueAxisProps } from "./axis";
import type { SourceLookup } from "@/lib/view/provenance";
import { RowTooltip } from "./RowTooltip";
import { useChartColors } from "./useChartColors";
import { chartImage, imageLegend } from "./a11y";

type Props = { data: CountriesDatum[]; countries: readonly Country[]; rows: readonly FigureRow[]; ctx: CellContext; axisLabel: string; sources: SourceLookup };

export default function CountriesChart({ data, countries, rows, ctx, axisLabel, sources }: Props) {
  const colors = useChartColors();
  if (!colors) return null;
  return (
    <BarChart {...chartImage("countries")} responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CountryPatterns colors={colors} />
      <CartesianGrid vertical={false} stroke={colors.line} />
      <XAxis dataKey="year" tick={{ fill: colors.muted }} stroke={colors.line} />
      <YAxis {...valueAxisProps(colors, ctx.locale, axisLabel)} />
      <Tooltip
        cursor={{ fill: colors.line, fillOpacity: 0.3 }}
        shared={false}
        content={({ active, payload }) => {
          const item = payload?.[0];
          const year = (item?.payload as CountriesDatum | undefined)?.year;
          const row = rows.find((r) => r.year === year && r.partner === item?.dataKey);
          return active && row ? <RowTooltip row={row} ctx={ctx} sources={sources} heading={`${ctx.t.partners[row.partner]}, ${row.period}`} /> : null;
        }}
      />
      <Legend content={imageLegend} formatter={(value: string) => <span style={{ color: colors.text }}>{ctx.t.partners[value as Country]}</span>} />
      {countries.map((c) => (
        <Bar key={c} dataKey={c} name={c} fill={`url(#${patternId(c)})`} stroke={colors.bg} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
