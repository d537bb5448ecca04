"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Country } from "@/lib/schema/primitives";
import type { CellContext } from "@/lib/view/cells";
import type { MirrorDatum } from "@/lib/view/chart-data";
import type { SourceLookup } from "@/lib/view/provenance";
import type { FigureRow } from "@/lib/view/rows";
import { valueAxisProps } from "./axis";
import { RowTooltip } from "./RowTooltip";
import { useChartColors } from "./useChartColors";
import { chartImage, imageLegend } from "./a11y";

type Props = { data: MirrorDatum[]; rows: readonly FigureRow[]; ctx: CellContext; axisLabel: string; sources: SourceLookup; country: Country; log: boolean };

export default function MirrorChart({ data, rows, ctx, axisLabel, sources, country, log }: Props) {
  const colors = useChartColors();
  if (!colors) return null;
  const names: Record<string, string> = { china: ctx.t.reporters.CHN, own: ctx.t.reporters[country] };
  return (
    <LineChart {...chartImage("mirror")} responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid vertical={false} stroke={colors.line} />
      <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tick={{ fill: colors.muted }} stroke={colors.line} />
      <YAxis {...valueAxisProps(colors, ctx.locale, axisLabel, log)} />
      <Tooltip
        cursor={{ stroke: colors.line }}
        shared={false}
        content={({ active, payload }) => {
          const item = payload?.[0];
          const year = (item?.payload as MirrorDatum | undefined)?.year;
          const row = rows.find((r) => r.year === year && (item?.dataKey === "china" ? r.reporter === "CHN" : r.reporter !== "CHN"));
          return active && row && row.status ? <RowTooltip row={row} ctx={ctx} sources={sources} heading={`${ctx.t.reporters[row.reporter]}, ${row.period}`} /> : null;
        }}
      />
      <Legend content={imageLegend} formatter={(value: string) => <span style={{ color: colors.text }}>{names[value] ?? value}</span>} />
      <Line dataKey="china" stroke={colors.accent} strokeWidth={2.5} connectNulls={false} isAnimationActive={false} dot={{ r: 2.5, fill: colors.accent }} />
      <Line dataKey="own" stroke={colors.kgz} strokeWidth={2} strokeDasharray="6 3" connectNulls={false} isAnimationActive={false} dot={{ r: 2.5, fill: colors.kgz }} />
    </LineChart>
  );
}
