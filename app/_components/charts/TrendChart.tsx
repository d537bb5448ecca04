"use client";

import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartMarker } from "@/lib/article/timeline";
import { formatPeriod } from "@/lib/format/date";
import type { CellContext } from "@/lib/view/cells";
import type { TrendDatum } from "@/lib/view/chart-data";
import type { FigureRow } from "@/lib/view/rows";
import { EventMarker } from "./EventMarker";
import { createSignal } from "./signal";
import { MarkerNote } from "./MarkerNote";
import { StatusMarker } from "./markers";
import { valueAxisProps } from "./axis";
import type { SourceLookup } from "@/lib/view/provenance";
import { RowTooltip } from "./RowTooltip";
import { useChartColors } from "./useChartColors";

type Props = { data: TrendDatum[]; rows: readonly FigureRow[]; ctx: CellContext; axisLabel: string; markers: readonly ChartMarker[]; sources: SourceLookup };

export default function TrendChart({ data, rows, ctx, axisLabel, markers, sources }: Props) {
  const colors = useChartColors();
  const active = useMemo(() => createSignal<string | null>(null), []);
  if (!colors) return null;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const xs = data.map((d) => d.x);
  const first = Math.min(...xs);
  const last = Math.ceil(Math.max(...xs));
  const ticks = [1992, 1995, 2000, 2005, 2010, 2013, 2020, 2025].filter((y) => y >= first && y <= last);
  const dot = (partial: boolean) =>
    function Dot({ cx, cy, payload, index }: { cx?: number; cy?: number; payload?: TrendDatum; index?: number }) {
      return <StatusMarker key={`${partial ? "p" : "v"}${index}`} cx={cx} cy={cy} status={payload?.status ?? null} partial={partial} converted={payload?.converted} color={colors.accent} background={colors.bg} />;
    };
  return (
    <>
    <LineChart responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid vertical={false} stroke={colors.line} />
      <XAxis dataKey="x" type="number" domain={[first, last + 0.5]} ticks={ticks} tick={{ fill: colors.muted }} stroke={colors.line} allowDecimals={false} />
      <YAxis {...valueAxisProps(colors, ctx.locale, axisLabel)} />
      <Tooltip
        cursor={{ stroke: colors.line }}
        content={({ active, payload }) => {
          const datum = payload?.[0]?.payload as TrendDatum | undefined;
          const row = datum ? byKey.get(datum.key) : undefined;
          return active && row && row.status ? <RowTooltip row={row} ctx={ctx} sources={sources} heading={formatPeriod(row.period, ctx.locale)} /> : null;
        }}
      />
      <Line dataKey="value" stroke={colors.accent} strokeWidth={2.5} connectNulls={false} isAnimationActive={false} dot={dot(false)} activeDot={false} />
      <Line dataKey="partial" stroke="none" isAnimationActive={false} dot={dot(true)} activeDot={false} legendType="triangle" />
      {markers.map((m) => (
        <ReferenceLine
          key={m.label}
          x={m.x}
          stroke={colors.muted}
          strokeDasharray="3 3"
          label={(props: { viewBox?: { x?: number; y?: number } }) => <EventMarker viewBox={props.viewBox} marker={m} colors={colors} onActivate={active.set} />}
        />
      ))}
    </LineChart>
    <MarkerNote markers={markers} active={active} />
    </>
  );
}
