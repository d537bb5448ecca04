"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatDecimal } from "@/lib/format/number";
import { parseDecimal } from "@/lib/money/ratio";
import { COUNTRIES } from "@/lib/schema/values";
import { changeCell, type CellContext } from "@/lib/view/cells";
import type { CagrDatum, ChangeDatum } from "@/lib/view/chart-data";
import type { FigureRow } from "@/lib/view/rows";
import type { SourceLookup } from "@/lib/view/provenance";
import { valueAxisProps } from "./axis";
import { RowTooltip } from "./RowTooltip";
import { useChartColors } from "./useChartColors";
import { chartImage, imageLegend } from "./a11y";

type Props = { rows: readonly FigureRow[]; ctx: CellContext; sources: SourceLookup; axisLabel: string } & (
  | { kind: "yoy"; data: ChangeDatum[]; countries: boolean }
  | { kind: "cagr"; data: CagrDatum[] }
);

const COLOR = { KAZ: "kaz", KGZ: "kgz", TJK: "tjk", TKM: "tkm", UZB: "uzb" } as const;

/** Growth rates: each year's change as lines around zero, or the compound annual growth as bars. */
export default function GrowthChart(props: Props) {
  const { rows, ctx, sources, axisLabel } = props;
  const colors = useChartColors();
  if (!colors) return null;
  const pct = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${formatDecimal(parseDecimal(Math.abs(v).toFixed(1)), ctx.locale, { max: 1 })}%`;
  const axis = { ...valueAxisProps(colors, ctx.locale, axisLabel), tickFormatter: pct };
  const tooltip = (row: FigureRow | undefined, active: boolean | undefined) =>
    active && row && row.status ? <RowTooltip row={row} ctx={ctx} sources={sources} heading={`${ctx.t.partners[row.partner]}, ${row.period}`} /> : null;
  if (props.kind === "cagr") {
    const cagrAxis = zeroAxis(props.data.flatMap((d) => (d.percent === null ? [] : [d.percent])));
    return (
      <BarChart {...chartImage("trend")} responsive layout="vertical" style={{ width: "100%", height: "100%" }} data={props.data} margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} stroke={colors.line} />
        {/* A bar's length is its growth: the axis always holds zero, so −3.7% is not drawn from −2%. */}
        {/* Zero always on the axis, whole-point ticks, and room beyond the longest bars for their labels (a negative bar's sits at its left end). */}
        <XAxis type="number" domain={[cagrAxis.lo, cagrAxis.hi]} ticks={cagrAxis.ticks} tickFormatter={pct} tick={{ fill: colors.muted }} stroke={colors.line} />
        <YAxis type="category" dataKey="partner" width="auto" tickFormatter={(p: FigureRow["partner"]) => ctx.t.partners[p]} tick={{ fill: colors.text }} stroke={colors.line} />
        <ReferenceLine x={0} stroke={colors.muted} />
        <Tooltip cursor={{ fill: colors.line, fillOpacity: 0.3 }} content={({ active, payload }) => tooltip(rows.find((r) => r.key === (payload?.[0]?.payload as CagrDatum | undefined)?.key), active)} />
        <Bar dataKey="percent" fill={colors.accent} isAnimationActive={false}>
          {/* The exact growth as the summary and table write it ("−3.7%"), not a float's rounding. */}
          <LabelList dataKey="key" position="right" formatter={(k: unknown) => { const row = rows.find((r) => r.key === k); return row?.change ? changeCell(row, ctx.locale, ctx.t) : ""; }} fill={colors.text} />
        </Bar>
      </BarChart>
    );
  }
  const series = props.countries ? (["CA5", ...COUNTRIES] as const) : (["CA5"] as const);
  return (
    <LineChart {...chartImage("trend")} responsive style={{ width: "100%", height: "100%" }} data={props.data} margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid vertical={false} stroke={colors.line} />
      <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tick={{ fill: colors.muted }} stroke={colors.line} />
      <YAxis {...axis} />
      <ReferenceLine y={0} stroke={colors.muted} />
      <Tooltip
        cursor={{ stroke: colors.line }}
        content={({ active, payload }) => {
          const year = (payload?.[0]?.payload as ChangeDatum | undefined)?.year;
          return tooltip(rows.find((r) => r.partner === "CA5" && r.year === year), active);
        }}
      />
      {series.map((s) => (
        <Line
          key={s}
          dataKey={s}
          name={ctx.t.partners[s]}
          stroke={s === "CA5" ? (props.countries ? colors.text : colors.accent) : colors[COLOR[s]]}
          strokeWidth={s === "CA5" ? 2.5 : 1.5}
          connectNulls={false}
          isAnimationActive={false}
          dot={s === "CA5" ? { r: 2.5, fill: colors.accent } : false}
          activeDot={false}
        />
      ))}
      {props.countries && <Legend content={imageLegend} formatter={(value: string) => <span style={{ color: colors.text }}>{value}</span>} />}
    </LineChart>
  );
}

/** A growth axis that holds zero: whole points, a step of 1, 2, 5 or 10, room for labels beyond the bars. */
function zeroAxis(values: readonly number[]): { lo: number; hi: number; ticks: number[] } {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const step = [1, 2, 5, 10, 20, 50].find((s) => (max - min) / s <= 6) ?? 100;
  const lo = min < 0 ? Math.floor((min - step) / step) * step : 0;
  const hi = max > 0 ? Math.ceil((max + step / 2) / step) * step : 0;
  return { lo, hi, ticks: Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => lo + i * step) };
}
