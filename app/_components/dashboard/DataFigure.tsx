"use client";

import { useMemo, type ReactNode } from "react";
import { fill } from "@/lib/i18n/fill";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "@/lib/view/cells";
import { toCsv } from "@/lib/view/csv";
import type { FigureModel } from "@/lib/view/figures";
import { sourceEntries } from "@/lib/view/provenance";
import type { FigureRow } from "@/lib/view/rows";
import { ChartSlot } from "./ChartSlot";
import { tableColumns } from "./columns";
import { DataTable } from "./DataTable";
import { FigureFrame } from "./FigureFrame";
import { SourceLine } from "./SourceLine";
import type { FigureProps } from "./types";
import { WhenVisible } from "./WhenVisible";

/** A figure's chart: drawn from the deferred view's rows. Keep it at module level: it is a memo key. */
export type ChartRenderer<Extra> = (rows: FigureRow[], ctx: CellContext, p: FigureProps, extra: Extra) => ReactNode;

type Props<Extra> = {
  p: FigureProps;
  model: FigureModel;
  chart: ChartRenderer<Extra>;
  /** What the chart needs besides rows (e.g. event markers); a memo key, so keep it stable. */
  extra: Extra;
  controls?: ReactNode;
  notes?: (rows: FigureRow[]) => ReactNode;
};

const hasFigure = (r: FigureRow) => r.status !== null;

/**
 * A dashboard figure: rows from the current view, a table and CSV of exactly those rows, a
 * summary and source line, and a chart drawn from the deferred view so toggles never wait for it.
 */
export function DataFigure<Extra>({ p, model, chart, extra, controls, notes }: Props<Extra>) {
  const onPage = useMemo(() => new Set(p.options.pageSources), [p.options.pageSources]);
  const chartElement = useMemo(() => {
    const rows = model.rows(p.chart.points, p.chart.state);
    const ctx: CellContext = { locale: p.locale, t: p.t, currency: p.chart.state.currency, scale: figureScale(rows, p.chart.state.unit) };
    return chart(rows, ctx, p, extra);
    // p.chart carries the deferred view; the rest of p must not re-render the chart on a toggle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, chart, extra, p.chart, p.locale, p.t, p.sources]);

  const rows = model.rows(p.points, p.state);
  const ctx: CellContext = { ...p.ctxBase, scale: figureScale(rows, p.state.unit) };
  const shown = rows.filter(model.shown ?? hasFigure);
  const sourceIds = shown.flatMap((r) => r.sourceIds);
  const heading = model.title(rows, p.state, p.t);
  return (
    <FigureFrame
      id={model.id}
      t={p.t}
      state={p.state}
      setView={p.setView}
      title={heading}
      summarySources={{ heading, lines: [], sources: sourceEntries(sourceIds, p.sources, p.locale) }}
      summary={model.summary(rows, p.state, sentenceContext(ctx, p.state.unit))}
      controls={controls}
      chart={<WhenVisible placeholder={<ChartSlot t={p.t} />}>{chartElement}</WhenVisible>}
      table={
        <DataTable
          id={`table-${model.id}`}
          caption={fill(p.t.table.caption, { title: heading, unit: unitLabel(ctx) })}
          columns={tableColumns(ctx, { ...model.columns, sources: p.sources, onPage })}
          rows={shown}
        />
      }
      notes={notes?.(rows)}
      sourceLine={<SourceLine ids={sourceIds} sources={p.sources} locale={p.locale} t={p.t} onPage={onPage} />}
      csv={() => toCsv(model.id, shown, ctx, p.basis)}
      filename={model.filename(p.state)}
      apiCsv={`/api/trade.csv?${model.apiQuery(p.state)}`}
    />
  );
}
