"use client";

import dynamic from "next/dynamic";
import { unitLabel } from "@/lib/view/cells";
import { flowsChartData } from "@/lib/view/chart-data";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import { figureModel } from "@/lib/view/figures";
import { Select } from "./Select";
import type { FigureProps } from "./types";

const FlowsChart = dynamic(() => import("../charts/FlowsChart"), { ssr: false, loading: () => null });

const model = figureModel("flows");
const chart: ChartRenderer = (rows, ctx, p) => <FlowsChart data={flowsChartData(rows, ctx.scale)} rows={rows} ctx={ctx} axisLabel={unitLabel(ctx)} sources={p.sources} />;

export function FlowsFigure(p: FigureProps) {
  return (
    <DataFigure
      p={p}
      model={model}
      chart={chart}
      controls={
        <Select
          label={p.t.controls.partner}
          value={p.state.partner}
          options={p.options.flowPartners.map((x) => ({ value: x, label: p.t.partners[x] }))}
          onChange={(partner) => p.setView({ ...p.state, partner })}
        />
      }
    />
  );
}
