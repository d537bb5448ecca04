"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { CellContext } from "@/lib/view/cells";
import type { WorldDatum } from "@/lib/view/chart-data";
import type { SourceLookup } from "@/lib/view/provenance";
import type { FigureRow } from "@/lib/view/rows";
import { tickNumber } from "./axis";
import { RowTooltip } from "./RowTooltip";
import { useChartColors } from "./useChartColors";
import { chartImage } from "./a11y";

type Props = { data: WorldDatum[]; rows: readonly FigureRow[]; ctx: CellContext; sources: SourceLookup };

export default function WorldChart({ data, rows, ctx, sources }: Props) {
  const colors = useChartColors();
  if (!colors) return null;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return (
    <LineChart {...chartImage("world")} responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid vertical={false} stroke={colors.line} />
      <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tick={{ fill: colors.muted }} stroke={colors.line} />
      <YAxis
        width="auto"
        tickFormatter={(v: number) => `${tickNumber(ctx.locale)(v)}%`}
        tick={{ fill: colors.muted }}
        stroke={colors.line}
        label={{ value: "%", angle: -90, position: "insideLeft", fill: colors.muted }}
      />
      <Tooltip
        cursor={{ stroke: colors.line }}
        content={({ active, payload }) => {
          const datum = payload?.[0]?.payload as WorldDatum | undefined;
          const row = datum ? byKey.get(datum.key) : undefined;
          return active && row && row.status ? <RowTooltip row={row} ctx={ctx} sources={sources} heading={`${ctx.t.partners.CA5} / ${ctx.t.partners.WLD}, ${row.period}`} /> : null;
        }}
      />
      <Line dataKey="percent" stroke={colors.accent} strokeWidth={2.5} connectNulls={false} isAnimationActive={false} dot={{ r: 2.5, fill: colors.accent }} />
    </LineChart>
  );
}
