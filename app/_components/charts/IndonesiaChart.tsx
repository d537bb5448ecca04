"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { CellContext } from "@/lib/view/cells";
import type { YardstickDatum } from "@/lib/view/chart-data";
import type { SourceLookup } from "@/lib/view/provenance";
import type { FigureRow } from "@/lib/view/rows";
import { tickNumber, valueAxisProps } from "./axis";
import { RowTooltip } from "./RowTooltip";
import { useChartColors } from "./useChartColors";
import { chartImage, imageLegend } from "./a11y";

type Props = { data: YardstickDatum[]; rows: readonly FigureRow[]; ctx: CellContext; axisLabel: string; ratioLabel: string; sources: SourceLookup; log: boolean };

/**
 * The five's total and Indonesia's on the money axis (left), and the five as a percent of Indonesia
 * on its own axis (right), thinner and dotted so it never reads as a third amount. One SVG, so the
 * downloaded file holds all three.
 */
export default function IndonesiaChart({ data, rows, ctx, axisLabel, ratioLabel, sources, log }: Props) {
  const colors = useChartColors();
  if (!colors) return null;
  const names: Record<string, string> = { ca5: ctx.t.partners.CA5, idn: ctx.t.partners.IDN, ratio: `${ratioLabel} (%)` };
  return (
    <LineChart {...chartImage("indonesia")} responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 12, right: 8, bottom: 8, left: 8 }}>
      <CartesianGrid vertical={false} stroke={colors.line} />
      <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tick={{ fill: colors.muted }} stroke={colors.line} />
      <YAxis yAxisId="money" {...valueAxisProps(colors, ctx.locale, axisLabel, log)} />
      <YAxis
        yAxisId="ratio"
        orientation="right"
        width="auto"
        domain={[0, "auto"]}
        tickFormatter={(v: number) => `${tickNumber(ctx.locale)(v)}%`}
        tick={{ fill: colors.muted }}
        stroke={colors.line}
        // The legend names the ratio; on a phone its name would not fit beside the axis.
        label={{ value: "%", angle: 90, position: "insideRight", fill: colors.muted }}
      />
      <Tooltip
        cursor={{ stroke: colors.line }}
        shared={false}
        content={({ active, payload }) => {
          const item = payload?.[0];
          const year = (item?.payload as YardstickDatum | undefined)?.year;
          const row = rows.find((r) => r.year === year && r.partner === (item?.dataKey === "idn" ? "IDN" : "CA5"));
          return active && row && row.status ? <RowTooltip row={row} ctx={ctx} sources={sources} shareLabel={ctx.t.table.ratioIdn} heading={`${ctx.t.partners[row.partner]}, ${row.period}`} /> : null;
        }}
      />
      <Legend content={imageLegend} formatter={(value: string) => <span style={{ color: colors.text }}>{names[value] ?? value}</span>} />
      <Line yAxisId="money" dataKey="ca5" stroke={colors.accent} strokeWidth={2.5} connectNulls={false} isAnimationActive={false} dot={{ r: 2.5, fill: colors.accent }} />
      <Line yAxisId="money" dataKey="idn" stroke={colors.kgz} strokeWidth={2} strokeDasharray="6 3" connectNulls={false} isAnimationActive={false} dot={{ r: 2.5, fill: colors.kgz }} />
      <Line yAxisId="ratio" dataKey="ratio" stroke={colors.muted} strokeWidth={1.5} strokeDasharray="2 3" connectNulls={false} isAnimationActive={false} dot={false} />
    </LineChart>
  );
}
