"use client";

import { useMemo } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { COUNTRIES } from "@/lib/schema/values";
import type { ChartMarker } from "@/lib/view/timeline";
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
import { chartImage, imageLegend } from "./a11y";

type Props = {
  data: TrendDatum[];
  rows: readonly FigureRow[];
  ctx: CellContext;
  axisLabel: string;
  markers: readonly ChartMarker[];
  sources: SourceLookup;
  log: boolean;
  /** Each country as its own line beside the five together. */
  countries: boolean;
};

const COUNTRY_COLOR = { KAZ: "kaz", KGZ: "kgz", TJK: "tjk", TKM: "tkm", UZB: "uzb" } as const;
const DASH = { KAZ: undefined, KGZ: "6 3", TJK: "2 3", TKM: "8 3 2 3", UZB: "12 4" } as const;

export default function TrendChart({ data, rows, ctx, axisLabel, markers, sources, log, countries }: Props) {
  const colors = useChartColors();
  const active = useMemo(() => createSignal<string | null>(null), []);
  if (!colors) return null;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const xs = data.map((d) => d.x);
  const first = Math.min(...xs);
  const last = Math.ceil(Math.max(...xs));
  const span = last - first;
  const step = span > 20 ? 5 : span > 8 ? 2 : 1;
  const ticks = Array.from({ length: span + 1 }, (_, i) => first + i).filter((y) => y === first || y === last || (y % step === 0 && y - first >= step / 2 && last - y >= step / 2));
  const markerXs = markers.map((m) => m.x);
  const dot = (partial: boolean) =>
    function Dot({ cx, cy, payload, index }: { cx?: number; cy?: number; payload?: TrendDatum; index?: number }) {
      return <StatusMarker key={`${partial ? "p" : "v"}${index}`} cx={cx} cy={cy} status={payload?.status ?? null} partial={partial} converted={payload?.converted} color={colors.accent} background={colors.bg} />;
    };
  return (
    <>
    <LineChart {...chartImage("trend", { focusableMarkers: true })} responsive style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid vertical={false} stroke={colors.line} />
      <XAxis dataKey="x" type="number" domain={[first, last + 0.5]} ticks={ticks} tick={{ fill: colors.muted }} stroke={colors.line} allowDecimals={false} />
      <YAxis {...valueAxisProps(colors, ctx.locale, axisLabel, log)} />
      <Tooltip
        cursor={{ stroke: colors.line }}
        content={({ active, payload }) => {
          const datum = payload?.[0]?.payload as TrendDatum | undefined;
          const row = datum ? byKey.get(datum.key) : undefined;
          return active && row && row.status ? <RowTooltip row={row} ctx={ctx} sources={sources} heading={formatPeriod(row.period, ctx.locale)} /> : null;
        }}
      />
      <Line dataKey="value" stroke={countries ? colors.text : colors.accent} strokeWidth={2.5} connectNulls={false} isAnimationActive={false} dot={dot(false)} activeDot={false} />
      <Line dataKey="partial" stroke="none" isAnimationActive={false} dot={dot(true)} activeDot={false} legendType={countries ? "none" : "triangle"} />
      {countries &&
        COUNTRIES.map((c) => (
          <Line
            key={c}
            dataKey={(d: TrendDatum) => d.countries?.[c] ?? null}
            name={ctx.t.partners[c]}
            stroke={colors[COUNTRY_COLOR[c]]}
            strokeWidth={1.5}
            strokeDasharray={DASH[c]}
            connectNulls={false}
            isAnimationActive={false}
            dot={false}
            activeDot={false}
          />
        ))}
      {countries && <Legend content={imageLegend} formatter={(value: string) => <span style={{ color: colors.text }}>{value === "value" ? ctx.t.partners.CA5 : value}</span>} />}
      {markers.map((m, i) => (
        <ReferenceLine
          key={m.label}
          x={m.x}
          stroke={colors.muted}
          strokeDasharray="3 3"
          label={(props: { viewBox?: { x?: number; y?: number } }) => <EventMarker viewBox={props.viewBox} marker={m} xs={markerXs} index={i} span={last + 0.5 - first} colors={colors} onActivate={active.set} />}
        />
      ))}
    </LineChart>
    <MarkerNote markers={markers} active={active} />
    </>
  );
}
