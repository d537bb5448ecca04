"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import type { ChartMarker } from "@/lib/article/timeline";
import { fill } from "@/lib/i18n/fill";
import { formatPeriod } from "@/lib/format/date";
import { ARTICLE_YEAR } from "@/lib/trade/article-year";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "@/lib/view/cells";
import { trendChartData } from "@/lib/view/chart-data";
import { toCsv } from "@/lib/view/csv";
import { sourceEntries } from "@/lib/view/provenance";
import { trendRows } from "@/lib/view/rows";
import { trendSummary } from "@/lib/view/summaries";
import { ChartSlot } from "./ChartSlot";
import { WhenVisible } from "./WhenVisible";
import { tableColumns } from "./columns";
import { DataTable } from "./DataTable";
import { FigureFrame } from "./FigureFrame";
import { SourceLine } from "./SourceLine";
import type { FigureProps } from "./types";

const TrendChart = dynamic(() => import("../charts/TrendChart"), { ssr: false, loading: () => null });

export function TrendFigure(p: FigureProps & { markers: readonly ChartMarker[] }) {
  const chartElement = useMemo(() => {
    const chartRows = trendRows(p.chart.points);
    const cctx: CellContext = { locale: p.locale, t: p.t, currency: p.chart.state.currency, scale: figureScale(chartRows, p.chart.state.unit) };
    return <TrendChart data={trendChartData(chartRows, cctx.scale)} rows={chartRows} ctx={cctx} axisLabel={unitLabel(cctx)} markers={p.markers} sources={p.sources} />;
  }, [p.chart, p.locale, p.t, p.sources, p.markers]);
  const rows = trendRows(p.points);
  const ctx: CellContext = { ...p.ctxBase, scale: figureScale(rows, p.state.unit) };
  const years = rows.filter((r) => r.periodType === "year").map((r) => r.year);
  const title = fill(p.t.figures.trend, { last: Math.max(...years) });
  const partial = rows.find((r) => r.periodType === "ytd");
  const shown = rows.filter((r) => r.status !== null);
  return (
    <FigureFrame
      id="trend"
      t={p.t}
      state={p.state}
      setView={p.setView}
      title={title}
      summarySources={{ heading: title, lines: [], sources: sourceEntries(shown.flatMap((r) => r.sourceIds), p.sources, p.locale) }}
      summary={trendSummary(rows, ARTICLE_YEAR, sentenceContext(ctx, p.state.unit))}
      chart={
        <>
          <WhenVisible placeholder={<ChartSlot t={p.t} />}>{chartElement}</WhenVisible>
        </>
      }
      table={<DataTable id="table-trend" caption={fill(p.t.table.caption, { title, unit: unitLabel(ctx) })} columns={tableColumns(ctx, { sources: p.sources })} rows={shown} />}
      notes={
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
      }
      sourceLine={<SourceLine ids={shown.flatMap((r) => r.sourceIds)} sources={p.sources} locale={p.locale} t={p.t} />}
      csv={() => toCsv("trend", shown, ctx, p.basis)}
      filename={`china-central-asia-trade-${p.state.currency}`}
    />
  );
}
