"use client";

import dynamic from "next/dynamic";
import { sharesChartData } from "@/lib/view/chart-data";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import { figureModel } from "@/lib/view/figures";
import { Select } from "./Select";
import type { FigureProps } from "./types";

const SharesChart = dynamic(() => import("../charts/SharesChart"), { ssr: false, loading: () => null });

const model = figureModel("shares");
const chart: ChartRenderer = (rows, ctx, p) => <SharesChart data={sharesChartData(rows)} rows={rows} ctx={ctx} sources={p.sources} />;

export function SharesFigure(p: FigureProps) {
  const inRange = p.options.shareYears.filter((y) => y >= p.state.from && y <= p.state.to);
  return (
    <DataFigure
      p={p}
      model={model}
      chart={chart}
      controls={
        <Select
          label={p.t.controls.year}
          value={String(p.resolved.state.year)}
          // The years of the range; all of them where none in the range has the five's figures.
          options={(inRange.length ? inRange : p.options.shareYears).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(year) => p.setView({ ...p.state, year: Number(year) })}
        />
      }
    />
  );
}
