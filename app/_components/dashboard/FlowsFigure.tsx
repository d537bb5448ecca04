"use client";

import dynamic from "next/dynamic";
import { unitLabel } from "@/lib/view/cells";
import { flowsChartData } from "@/lib/view/chart-data";
import { flowRows } from "@/lib/view/rows";
import { flowsSummary } from "@/lib/view/summaries";
import { DataFigure, type FigureSpec } from "./DataFigure";
import { Select } from "./Select";
import type { FigureProps } from "./types";

const FlowsChart = dynamic(() => import("../charts/FlowsChart"), { ssr: false, loading: () => null });

const spec: FigureSpec = {
  id: "flows",
  rows: (points, state) => flowRows(points, state.partner),
  // A yuan-only period stays in the table, marked not convertible.
  shown: (r) => r.status !== null || r.unavailable === "no-rate",
  columns: { flow: true },
  chart: (rows, ctx, p) => <FlowsChart data={flowsChartData(rows, ctx.scale)} rows={rows} ctx={ctx} axisLabel={unitLabel(ctx)} sources={p.sources} />,
};

export function FlowsFigure(p: FigureProps) {
  return (
    <DataFigure
      p={p}
      spec={spec}
      extra={undefined}
      title={() => `${p.t.figures.flows}: ${p.t.partners[p.state.partner]}`}
      summary={flowsSummary}
      controls={
        <div className="figure__controls">
          <Select
            label={p.t.controls.partner}
            value={p.state.partner}
            options={p.options.flowPartners.map((x) => ({ value: x, label: p.t.partners[x] }))}
            onChange={(partner) => p.setView({ ...p.state, partner })}
          />
        </div>
      }
      filename={`china-exports-imports-${p.state.partner}-${p.state.currency}`}
    />
  );
}
