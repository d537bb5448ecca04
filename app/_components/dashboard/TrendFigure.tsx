"use client";

import dynamic from "next/dynamic";
import type { ChartMarker } from "@/lib/article/timeline";
import { formatPeriod } from "@/lib/format/date";
import { fill } from "@/lib/i18n/fill";
import { unitLabel } from "@/lib/view/cells";
import { cagrChartData, changeChartData, trendChartData } from "@/lib/view/chart-data";
import { figureModel } from "@/lib/view/figures";
import { GROWTHS, SCALES, TREND_LINES } from "@/lib/view/state";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import { Segmented } from "./Segmented";
import type { FigureProps } from "./types";
import { useFramed } from "../Framed";
import { dashboardAnchor, framedLink } from "@/lib/embed/links";

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
    markers={markers}
    sources={p.sources}
    log={p.chart.state.scale === "log"}
    countries={p.chart.state.lines === "countries"}
  />;
};

export function TrendFigure(p: FigureProps & { markers: readonly ChartMarker[] }) {
  const { t, state, setView } = p;
  const framed = useFramed();
  return (
    <DataFigure
      p={p}
      model={model}
      chart={chart}
      extra={p.markers}
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
      notes={(rows) => {
        const partial = rows.find((r) => r.periodType === "ytd");
        return (
          <ul className="figure__notes">
            {state.growth === "yoy" && <li>{t.yoyNote}</li>}
            {state.growth === "cagr" && <li>{t.cagrNote}</li>}
            <li>{t.gapNote}</li>
            {partial && <li>{fill(t.partialNote, { period: formatPeriod(partial.period, p.locale) })}</li>}
            {state.from <= 1995 && <li>{t.headlineSumNote}</li>}
            {state.lines === "countries" && <li>{t.linesNote}</li>}
            {state.growth === "level" && (
              <li>
                {t.context.markersLabel}:{" "}
                {p.markers.map((m, i) => (
                  <span key={m.label}>
                    {i > 0 && "; "}
                    {/* The events are in the dashboard's timeline; an embed links to it there. */}
                    <a {...framedLink(dashboardAnchor(`event-${m.label}`, p.locale, framed), framed)}>
                      {m.label}. {m.title}
                    </a>
                  </span>
                ))}
              </li>
            )}
          </ul>
        );
      }}
    />
  );
}
