"use client";

import { useMemo, type ReactNode } from "react";
import { fill } from "@/lib/i18n/fill";
import type { TradePoint } from "@/lib/schema/api";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "@/lib/view/cells";
import { toCsv } from "@/lib/view/csv";
import { sourceEntries } from "@/lib/view/provenance";
import type { FigureRow } from "@/lib/view/rows";
import type { FigureId, ViewState } from "@/lib/view/state";
import { ChartSlot } from "./ChartSlot";
import { tableColumns } from "./columns";
import { DataTable } from "./DataTable";
import { FigureFrame } from "./FigureFrame";
import { SourceLine } from "./SourceLine";
import type { FigureProps } from "./types";
import { WhenVisible } from "./WhenVisible";

/**
 * What makes one figure different from another. Keep each spec at module level: its functions
 * are memo keys for the chart.
 */
export type FigureSpec<Extra = undefined> = {
  id: FigureId;
  rows: (points: readonly TradePoint[], state: ViewState) => FigureRow[];
  /** Rows the table and CSV show; by default those with a figure in the data. */
  shown?: (row: FigureRow) => boolean;
  columns: { partner?: boolean; flow?: boolean; share?: boolean };
  chart: (rows: FigureRow[], ctx: CellContext, p: FigureProps, extra: Extra) => ReactNode;
};

type Props<Extra> = {
  p: FigureProps;
  spec: FigureSpec<Extra>;
  /** What the chart needs besides rows (e.g. event markers); a memo key, so keep it stable. */
  extra: Extra;
  title: (rows: FigureRow[]) => string;
  summary: (rows: FigureRow[], ctx: CellContext) => string;
  controls?: ReactNode;
  notes?: (rows: FigureRow[]) => ReactNode;
  filename: string;
};

const hasFigure = (r: FigureRow) => r.status !== null;

/**
 * A dashboard figure: rows from the current view, a table and CSV of exactly those rows, a
 * summary and source line, and a chart drawn from the deferred view so toggles never wait for it.
 */
export function DataFigure<Extra>({ p, spec, extra, title, summary, controls, notes, filename }: Props<Extra>) {
  const chartElement = useMemo(() => {
    const rows = spec.rows(p.chart.points, p.chart.state);
    const ctx: CellContext = { locale: p.locale, t: p.t, currency: p.chart.state.currency, scale: figureScale(rows, p.chart.state.unit) };
    return spec.chart(rows, ctx, p, extra);
    // p.chart carries the deferred view; the rest of p must not re-render the chart on a toggle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spec, extra, p.chart, p.locale, p.t, p.sources]);

  const rows = spec.rows(p.points, p.state);
  const ctx: CellContext = { ...p.ctxBase, scale: figureScale(rows, p.state.unit) };
  const shown = rows.filter(spec.shown ?? hasFigure);
  const sourceIds = shown.flatMap((r) => r.sourceIds);
  const heading = title(rows);
  return (
    <FigureFrame
      id={spec.id}
      t={p.t}
      state={p.state}
      setView={p.setView}
      title={heading}
      summarySources={{ heading, lines: [], sources: sourceEntries(sourceIds, p.sources, p.locale) }}
      summary={summary(rows, sentenceContext(ctx, p.state.unit))}
      controls={controls}
      chart={<WhenVisible placeholder={<ChartSlot t={p.t} />}>{chartElement}</WhenVisible>}
      table={
        <DataTable
          id={`table-${spec.id}`}
          caption={fill(p.t.table.caption, { title: heading, unit: unitLabel(ctx) })}
          columns={tableColumns(ctx, { ...spec.columns, sources: p.sources })}
          rows={shown}
        />
      }
      notes={notes?.(rows)}
      sourceLine={<SourceLine ids={sourceIds} sources={p.sources} locale={p.locale} t={p.t} />}
      csv={() => toCsv(spec.id, shown, ctx, p.basis)}
      filename={filename}
    />
  );
}
