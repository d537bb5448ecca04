"use client";

import dynamic from "next/dynamic";
import type { ChartMarker } from "@/lib/view/timeline";
import { markersIn } from "@/lib/view/resolve";
import { unitLabel } from "@/lib/view/cells";
import { cagrChartData, changeChartData, trendChartData } from "@/lib/view/chart-data";
import { figureModel } from "@/lib/view/figures";
import { GROWTHS, SCALES, TREND_LINES } from "@/lib/view/state";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import { Segmented } from "./Segmented";
import type { FigureProps } from "./types";

const TrendChart = dynamic(() => import("../charts/TrendChart"), { ssr: false, loading: () => null });
const GrowthChart = dynamic(() => import("../charts/GrowthChart"), { ssr: false, loading: () => null });

const model = figureModel("trend");
const chart: ChartRenderer<readonly ChartMarker[]> = (rows, ctx, p, markers) => {
  const growth = p.chart.state.growth;
  if (growth === "yoy") return <GrowthChart kind="yoy" data={changeChartData(rows)} rows={rows} ctx={ctx} sources={p.sources} axisLabel={p.t.table.changeYoy} countries={p.chart.state.lines === "countries"} />;
  if (growth === "cagr") return <GrowthChart kind="cagr" data={cagrChartData(rows)} rows={rows} ctx={ctx} sources={p.sources} axisLabel={p.t.table.cagr} />;
  return <TrendChart
    data={trendChartData(rows, ctx.scale, p.chart.state.scale === "log")}
    rows={rows}
    ctx={ctx}
    axisLabel={unitLabel(ctx)}
    markers={markersIn(markers, p.chart.state)}
    sources={p.sources}
    log={p.chart.state.scale === "log"}
    countries={p.chart.state.lines === "countries"}
  />;
};

export function TrendFigure(p: FigureProps & { markers: readonly ChartMarker[] }) {
  const { t, state, setView } = p;
  return (
    <DataFigure
      p={p}
      model={model}
      chart={chart}
      extra={p.markers}
      markers={p.markers}
      controls={
        <>
          <Segmented
            name="growth"
            legend={t.controls.growth}
            value={state.growth}
            options={GROWTHS.map((g) => ({ value: g, label: g === "yoy" ? t.controls.growthYoy : g === "cagr" ? t.controls.growthCagr : t.controls.growthLevel }))}
            onChange={(growth) => setView({ ...state, growth })}
          />
          {/* A log axis is for levels; growth rates can be negative. */}
          {state.growth === "level" && (
            <Segmented
              name="scale"
              legend={t.controls.scale}
              value={state.scale}
              options={SCALES.map((s) => ({ value: s, label: s === "log" ? t.controls.scaleLog : t.controls.scaleLinear }))}
              onChange={(scale) => setView({ ...state, scale })}
            />
          )}
          <Segmented
            name="lines"
            legend={t.controls.lines}
            value={state.lines}
            options={TREND_LINES.map((l) => ({ value: l, label: l === "countries" ? t.controls.linesCountries : t.controls.linesTotal }))}
            onChange={(lines) => setView({ ...state, lines })}
          />
        </>
      }
    />
  );
}
