"use client";

import dynamic from "next/dynamic";
import type { ChartMarker } from "@/lib/article/timeline";
import { formatPeriod } from "@/lib/format/date";
import { fill } from "@/lib/i18n/fill";
import { ARTICLE_YEAR } from "@/lib/trade/article-year";
import { unitLabel } from "@/lib/view/cells";
import { trendChartData } from "@/lib/view/chart-data";
import { trendRows } from "@/lib/view/rows";
import { trendSummary } from "@/lib/view/summaries";
import { DataFigure, type FigureSpec } from "./DataFigure";
import type { FigureProps } from "./types";

const TrendChart = dynamic(() => import("../charts/TrendChart"), { ssr: false, loading: () => null });

const spec: FigureSpec<readonly ChartMarker[]> = {
  id: "trend",
  rows: (points) => trendRows(points),
  columns: {},
  chart: (rows, ctx, p, markers) => (
    <TrendChart data={trendChartData(rows, ctx.scale)} rows={rows} ctx={ctx} axisLabel={unitLabel(ctx)} markers={markers} sources={p.sources} />
  ),
};

export function TrendFigure(p: FigureProps & { markers: readonly ChartMarker[] }) {
  return (
    <DataFigure
      p={p}
      spec={spec}
      extra={p.markers}
      title={(rows) => fill(p.t.figures.trend, { last: Math.max(...rows.filter((r) => r.periodType === "year").map((r) => r.year)) })}
      summary={(rows, ctx) => trendSummary(rows, ARTICLE_YEAR, ctx)}
      notes={(rows) => {
        const partial = rows.find((r) => r.periodType === "ytd");
        return (
          <ul className="figure__notes">
            <li>{p.t.gapNote}</li>
            {partial && <li>{fill(p.t.partialNote, { period: formatPeriod(partial.period, p.locale) })}</li>}
            <li>{p.t.convertedNote}</li>
            <li>
              {p.t.context.markersLabel}:{" "}
              {p.markers.map((m, i) => (
                <span key={m.label}>
                  {i > 0 && "; "}
                  <a href={`#event-${m.label}`}>
                    {m.label}. {m.title}
                  </a>
                </span>
              ))}
            </li>
          </ul>
        );
      }}
      filename={`china-central-asia-trade-${p.state.currency}`}
    />
  );
}
