"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import { fill } from "@/lib/i18n/fill";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "@/lib/view/cells";
import { flowsChartData } from "@/lib/view/chart-data";
import { toCsv } from "@/lib/view/csv";
import { sourceEntries } from "@/lib/view/provenance";
import { flowRows } from "@/lib/view/rows";
import { flowsSummary } from "@/lib/view/summaries";
import { ChartSlot } from "./ChartSlot";
import { WhenVisible } from "./WhenVisible";
import { tableColumns } from "./columns";
import { DataTable } from "./DataTable";
import { FigureFrame } from "./FigureFrame";
import { Select } from "./Select";
import { SourceLine } from "./SourceLine";
import type { FigureProps } from "./types";

const FlowsChart = dynamic(() => import("../charts/FlowsChart"), { ssr: false, loading: () => null });

export function FlowsFigure(p: FigureProps) {
  const chartElement = useMemo(() => {
    const chartRows = flowRows(p.chart.points, p.chart.state.partner);
    const cctx: CellContext = { locale: p.locale, t: p.t, currency: p.chart.state.currency, scale: figureScale(chartRows, p.chart.state.unit) };
    return <FlowsChart data={flowsChartData(chartRows, cctx.scale)} rows={chartRows} ctx={cctx} axisLabel={unitLabel(cctx)} sources={p.sources} />;
  }, [p.chart, p.locale, p.t, p.sources]);
  const rows = flowRows(p.points, p.state.partner);
  const ctx: CellContext = { ...p.ctxBase, scale: figureScale(rows, p.state.unit) };
  const title = `${p.t.figures.flows}: ${p.t.partners[p.state.partner]}`;
  const shown = rows.filter((r) => r.status !== null || r.unavailable === "no-rate");
  return (
    <FigureFrame
      id="flows"
      t={p.t}
      state={p.state}
      setView={p.setView}
      title={title}
      summarySources={{ heading: title, lines: [], sources: sourceEntries(shown.flatMap((r) => r.sourceIds), p.sources, p.locale) }}
      summary={flowsSummary(rows, sentenceContext(ctx, p.state.unit))}
      controls={
        <div className="figure__controls">
          <Select
            label={p.t.controls.partner}
            value={p.state.partner}
            options={p.options.flowPartners.map((x) => ({ value: x, label: p.t.partners[x] }))}
            onChange={(partner) => p.setView({ ...p.state, partner })}
          />
        </div>
      }
      chart={
        <>
          <WhenVisible placeholder={<ChartSlot t={p.t} />}>{chartElement}</WhenVisible>
        </>
      }
      table={
        <DataTable
          id="table-flows"
          caption={fill(p.t.table.caption, { title, unit: unitLabel(ctx) })}
          columns={tableColumns(ctx, { flow: true, sources: p.sources })}
          rows={shown}
        />
      }
      sourceLine={<SourceLine ids={shown.flatMap((r) => r.sourceIds)} sources={p.sources} locale={p.locale} t={p.t} />}
      csv={() => toCsv("flows", shown, ctx, p.basis)}
      filename={`china-exports-imports-${p.state.partner}-${p.state.currency}`}
    />
  );
}
