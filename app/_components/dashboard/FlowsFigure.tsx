"use client";

import dynamic from "next/dynamic";
import { unitLabel } from "@/lib/view/cells";
import { flowsChartData } from "@/lib/view/chart-data";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import { figureModel } from "@/lib/view/figures";
import { sentenceContext } from "@/lib/view/cells";
import { find, rowFromPoint } from "@/lib/view/rows";
import { flowsSumNote } from "@/lib/view/summaries";
import { Select } from "./Select";
import type { FigureProps } from "./types";

const FlowsChart = dynamic(() => import("../charts/FlowsChart"), { ssr: false, loading: () => null });

const model = figureModel("flows");
const chart: ChartRenderer = (rows, ctx, p) => <FlowsChart data={flowsChartData(rows, ctx.scale)} rows={rows} ctx={ctx} axisLabel={unitLabel(ctx)} sources={p.sources} />;

export function FlowsFigure(p: FigureProps) {
  const total = (period: string) => {
    const t = find(p.points, period, p.state.partner, "total");
    return t ? rowFromPoint(t) : null;
  };
  return (
    <DataFigure
      p={p}
      model={model}
      chart={chart}
      notes={(rows) => {
        const note = flowsSumNote(rows, total, sentenceContext({ ...p.ctxBase, scale: null }, p.state.unit));
        return note ? <p className="figure__note">{note}</p> : null;
      }}
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
