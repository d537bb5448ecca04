"use client";

import dynamic from "next/dynamic";
import { unitLabel } from "@/lib/view/cells";
import { yardstickChartData } from "@/lib/view/chart-data";
import { figureModel } from "@/lib/view/figures";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import type { FigureProps } from "./types";

const IndonesiaChart = dynamic(() => import("../charts/IndonesiaChart"), { ssr: false, loading: () => null });

const model = figureModel("indonesia");
const chart: ChartRenderer = (rows, ctx, p) => (
  <IndonesiaChart
    data={yardstickChartData(rows, ctx.scale, p.chart.state.scale === "log")}
    rows={rows}
    ctx={ctx}
    axisLabel={unitLabel(ctx)}
    ratioLabel={ctx.t.table.ratioIdn}
    sources={p.sources}
    log={p.chart.state.scale === "log"}
  />
);

/** China's trade with the five beside its trade with Indonesia, the readers' yardstick, and the ratio of the two. */
export function IndonesiaFigure(p: FigureProps) {
  return <DataFigure p={p} model={model} chart={chart} />;
}
