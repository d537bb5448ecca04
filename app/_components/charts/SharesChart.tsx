"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { formatDecimal } from "@/lib/format/number";
import { parseDecimal } from "@/lib/money/ratio";
import type { Country } from "@/lib/schema/primitives";
import { shareCell, type CellContext } from "@/lib/view/cells";
import type { SharesDatum } from "@/lib/view/chart-data";
import type { FigureRow } from "@/lib/view/rows";
import type { SourceLookup } from "@/lib/view/provenance";
import { RowTooltip } from "./RowTooltip";
import { useChartColors } from "./useChartColors";
import { chartImage } from "./a11y";

type Props = { data: SharesDatum[]; rows: readonly FigureRow[]; ctx: CellContext; sources: SourceLookup };

export default function SharesChart({ data, rows, ctx, sources }: Props) {
  const colors = useChartColors();
  if (!colors) return null;
  const pct = (v: number) => `${formatDecimal(parseDecimal(v.toFixed(1)), ctx.locale, { max: 1 })}%`;
  return (
    <BarChart {...chartImage("shares")} responsive layout="vertical" style={{ width: "100%", height: "100%" }} data={data} margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
      <CartesianGrid horizontal={false} stroke={colors.line} />
      <XAxis type="number" domain={[0, 100]} tickFormatter={pct} tick={{ fill: colors.muted }} stroke={colors.line} />
      <YAxis type="category" dataKey="partner" width="auto" tickFormatter={(c: Country) => ctx.t.partners[c]} tick={{ fill: colors.text }} stroke={colors.line} />
      <Tooltip
        cursor={{ fill: colors.line, fillOpacity: 0.3 }}
        content={({ active, payload }) => {
          const partner = (payload?.[0]?.payload as SharesDatum | undefined)?.partner;
          const row = rows.find((r) => r.partner === partner);
          return active && row ? <RowTooltip row={row} ctx={ctx} sources={sources} heading={`${ctx.t.partners[row.partner]}, ${row.period}`} /> : null;
        }}
      />
      <Bar dataKey="percent" fill={colors.accent} isAnimationActive={false}>
        {/* The bar's label is the table's and the summary's exact share, one decimal, never a float's rounding. */}
        <LabelList dataKey="partner" position="right" formatter={(c: unknown) => { const row = rows.find((r) => r.partner === c); return row ? shareCell(row, ctx.locale) : ""; }} fill={colors.text} />
      </Bar>
    </BarChart>
  );
}
