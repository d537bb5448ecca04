"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatPeriod } from "@/lib/format/date";
import type { CellContext } from "@/lib/view/cells";
import type { FlowsDatum } from "@/lib/view/chart-data";
import type { FigureRow } from "@/lib/view/rows";
import { valueAxisProps } from "./axis";
import type { SourceLookup } from "@/lib/view/provenance";
import { RowTooltip } from "./RowTooltip";
import { useChartColors } from "./useChartColors";
import { chartImage, imageLegend } from "./a11y";

type Props = { data: FlowsDatum[]; rows: readonly FigureRow[]; ctx: CellContext; axisLabel: string; sources: SourceLookup };

export default function FlowsChart({ data, rows, ctx, axisLabel, sources }: Props) {
  const colors = useChartColors();
  if (!colors) return null;
  const names: Record<string, string> = { export: ctx.t.flows.export, import: ctx.t.flows.import, balance: ctx.t.flows.balance };
  return (
    <ComposedChart {...chartImage("flows")} responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <defs>
        <pattern id="pattern-import" width={8} height={8} patternUnits="userSpaceOnUse">
          <rect width={8} height={8} fill={colors.import} />
          <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colors.bg} strokeWidth={1.6} />
        </pattern>
      </defs>
      <CartesianGrid vertical={false} stroke={colors.line} />
      <XAxis dataKey="period" interval="preserveStartEnd" minTickGap={8} tickFormatter={(p: string) => formatPeriod(p, ctx.locale)} tick={{ fill: colors.muted }} stroke={colors.line} />
      <YAxis {...valueAxisProps(colors, ctx.locale, axisLabel)} />
      <ReferenceLine y={0} stroke={colors.muted} />
      <Tooltip
        cursor={{ fill: colors.line, fillOpacity: 0.3 }}
        shared={false}
        content={({ active, payload }) => {
          const item = payload?.[0];
          const period = (item?.payload as FlowsDatum | undefined)?.period;
          const row = rows.find((r) => r.period === period && r.flow === item?.dataKey);
          return active && row ? <RowTooltip row={row} ctx={ctx} sources={sources} heading={`${names[row.flow] ?? row.flow}, ${formatPeriod(row.period, ctx.locale)}`} /> : null;
        }}
      />
      <Legend content={imageLegend} formatter={(value: string) => <span style={{ color: colors.text }}>{names[value] ?? value}</span>} />
      <Bar dataKey="export" fill={colors.export} isAnimationActive={false} />
      <Bar dataKey="import" fill="url(#pattern-import)" stroke={colors.import} isAnimationActive={false} />
      <Line
        dataKey="balance"
        stroke={colors.balance}
        strokeWidth={2}
        strokeDasharray="6 3"
        connectNulls={false}
        isAnimationActive={false}
        dot={{ r: data.length > 15 ? 2.5 : 4, fill: colors.balance, stroke: colors.bg, strokeWidth: data.length > 15 ? 0.5 : 1 }}
        legendType="square"
      />
    </ComposedChart>
  );
}
