"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import { fill } from "@/lib/i18n/fill";
import { formatPercent } from "@/lib/format/number";
import { add, ratio } from "@/lib/money/ratio";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "@/lib/view/cells";
import { sharesChartData } from "@/lib/view/chart-data";
import { toCsv } from "@/lib/view/csv";
import { sourceEntries } from "@/lib/view/provenance";
import { shareRows } from "@/lib/view/rows";
import { sharesSummary } from "@/lib/view/summaries";
import { ChartSlot } from "./ChartSlot";
import { WhenVisible } from "./WhenVisible";
import { tableColumns } from "./columns";
import { DataTable } from "./DataTable";
import { FigureFrame } from "./FigureFrame";
import { Select } from "./Select";
import { SourceLine } from "./SourceLine";
import type { FigureProps } from "./types";

const SharesChart = dynamic(() => import("../charts/SharesChart"), { ssr: false, loading: () => null });

export function SharesFigure(p: FigureProps) {
  const chartElement = useMemo(() => {
    const chartRows = shareRows(p.chart.points, p.chart.state.year);
    const cctx: CellContext = { locale: p.locale, t: p.t, currency: p.chart.state.currency, scale: figureScale(chartRows, p.chart.state.unit) };
    return <SharesChart data={sharesChartData(chartRows)} rows={chartRows} ctx={cctx} sources={p.sources} />;
  }, [p.chart, p.locale, p.t, p.sources]);
  const rows = shareRows(p.points, p.state.year);
  const ctx: CellContext = { ...p.ctxBase, scale: figureScale(rows, p.state.unit) };
  const title = fill(p.t.figures.shares, { year: p.state.year });
  const sum = rows.reduce((acc, r) => (r.share ? add(acc, r.share) : acc), ratio(0n));
  const sumsToOne = sum.num === sum.den;
  return (
    <FigureFrame
      id="shares"
      t={p.t}
      state={p.state}
      setView={p.setView}
      title={title}
      summarySources={{ heading: title, lines: [], sources: sourceEntries(rows.flatMap((r) => r.sourceIds), p.sources, p.locale) }}
      summary={sharesSummary(rows, p.state.year, sentenceContext(ctx, p.state.unit))}
      controls={
        <div className="figure__controls">
          <Select
            label={p.t.controls.year}
            value={String(p.state.year)}
            options={p.options.shareYears.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(year) => p.setView({ ...p.state, year: Number(year) })}
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
          id="table-shares"
          caption={fill(p.t.table.caption, { title, unit: unitLabel(ctx) })}
          columns={tableColumns(ctx, { partner: true, share: true, sources: p.sources })}
          rows={rows}
        />
      }
      notes={
        <ul className="figure__notes">
          <li>{p.t.sharesNote}</li>
          {!sumsToOne && <li>{fill(p.t.sumNote, { sum: formatPercent(sum, p.locale, false, 1) })}</li>}
        </ul>
      }
      sourceLine={<SourceLine ids={rows.flatMap((r) => r.sourceIds)} sources={p.sources} locale={p.locale} t={p.t} />}
      csv={() => toCsv("shares", rows, ctx, p.basis)}
      filename={`central-asia-shares-${p.state.year}`}
    />
  );
}
