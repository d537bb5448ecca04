"use client";

import dynamic from "next/dynamic";
import { MIRROR_REPORTERS } from "@/lib/schema/values";
import { unitLabel } from "@/lib/view/cells";
import { mirrorChartData } from "@/lib/view/chart-data";
import { figureModel } from "@/lib/view/figures";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import { Select } from "./Select";
import type { FigureProps } from "./types";

const MirrorChart = dynamic(() => import("../charts/MirrorChart"), { ssr: false, loading: () => null });

const model = figureModel("mirror");
const chart: ChartRenderer = (rows, ctx, p) => (
  <MirrorChart data={mirrorChartData(rows, ctx.scale, p.chart.state.scale === "log")} rows={rows} ctx={ctx} axisLabel={unitLabel(ctx)} sources={p.sources} country={p.chart.state.mirror} log={p.chart.state.scale === "log"} />
);

/** China's figure against the partner's own statistics of the same trade, and the gap between them. */
export function MirrorFigure(p: FigureProps) {
  return (
    <DataFigure
      p={p}
      model={model}
      chart={chart}
      controls={
        <Select
          label={p.t.controls.mirrorCountry}
          value={p.state.mirror}
          options={MIRROR_REPORTERS.map((c) => ({ value: c, label: p.t.partners[c] }))}
          onChange={(mirror) => p.setView({ ...p.state, mirror })}
        />
      }
    />
  );
}
