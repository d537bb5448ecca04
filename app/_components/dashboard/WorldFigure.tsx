"use client";

import dynamic from "next/dynamic";
import { worldChartData } from "@/lib/view/chart-data";
import { figureModel } from "@/lib/view/figures";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import type { FigureProps } from "./types";

const WorldChart = dynamic(() => import("../charts/WorldChart"), { ssr: false, loading: () => null });

const model = figureModel("world");
const chart: ChartRenderer = (rows, ctx, p) => <WorldChart data={worldChartData(rows)} rows={rows} ctx={ctx} sources={p.sources} />;

/** Central Asia's share of China's trade with the world, per year of the range. */
export function WorldFigure(p: FigureProps) {
  return (
    <DataFigure
      p={p}
      model={model}
      chart={chart}
    />
  );
}
