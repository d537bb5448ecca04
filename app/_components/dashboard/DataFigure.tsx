"use client";

import { useCallback, useMemo, type ReactNode } from "react";
import { figureScale, type CellContext } from "@/lib/view/cells";
import { chartSubtitle } from "@/lib/view/chart-file";
import { toCsv } from "@/lib/view/csv";
import { figureView, type FigureModel } from "@/lib/view/figures";
import { constantBase } from "@/lib/view/state";
import { sourceEntries } from "@/lib/view/provenance";
import type { FigureRow } from "@/lib/view/rows";
import { ChartSlot } from "./ChartSlot";
import { tableColumns } from "./columns";
import { DataTable } from "./DataTable";
import { FigureFrame } from "./FigureFrame";
import { SourceLine } from "./SourceLine";
import type { FigureProps } from "./types";
import { WhenVisible } from "./WhenVisible";
import { figureIds } from "@/lib/view/figure-ids";
import { fill } from "@/lib/i18n/fill";
import type { ChartMarker } from "@/lib/view/timeline";
import { FigureNotes } from "./FigureNotes";
import { useFramed } from "../Framed";
import figureStyles from "./figure.module.css";

/** A figure's chart: drawn from the deferred view's rows. Keep it at module level: it is a memo key. */
export type ChartRenderer<Extra = undefined> = (rows: FigureRow[], ctx: CellContext, p: FigureProps, extra: Extra) => ReactNode;

type Props<Extra = undefined> = {
  /** The events the trend's notes list; only those in the range are named. */
  markers?: readonly ChartMarker[];
  p: FigureProps;
  model: FigureModel;
  chart: ChartRenderer<Extra>;
  /** What the chart needs besides rows (e.g. event markers); a memo key, so keep it stable. */
  extra?: Extra;
  /** This figure's own controls (years, countries, partner…), laid out in the figure's control row. */
  controls?: ReactNode;
};

/**
 * A dashboard figure: rows from the current view, a table and CSV of exactly those rows, a
 * summary and source line, and a chart drawn from the deferred view so toggles never wait for it.
 */
export function DataFigure<Extra>({ p, model, chart, extra, controls, markers }: Props<Extra>) {
  const onPage = useMemo(() => new Set(p.options.pageSources), [p.options.pageSources]);
  const framed = useFramed();
  const draw = useCallback(
    (view: FigureProps["chart"]) => {
      const rows = model.rows(view.points, view.resolved);
      const ctx: CellContext = { locale: p.locale, t: p.t, currency: view.state.currency, scale: figureScale(rows, view.state.unit), base: constantBase(view.state) };
      return chart(rows, ctx, { ...p, chart: view }, extra as Extra);
    },
    // The chart draws the deferred view it is given; the rest of p must not redraw it on a toggle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, chart, extra, p.locale, p.t, p.sources],
  );

  const v = figureView(model, p.points, p.resolved, p.ctxBase, { markers, sources: p.sources });
  const apiCsv = v.apiQueries.map((q) => ({
    href: `/api/trade.csv?${q.query}`,
    label: v.apiQueries.length > 1 ? fill(p.t.api.figureCsvOf, { who: p.t.partners[q.reporter] }) : p.t.api.figureCsv,
  }));
  return (
    <FigureFrame
      id={model.id}
      t={p.t}
      locale={p.locale}
      state={p.state}
      setView={p.setView}
      title={v.title}
      subtitle={chartSubtitle(p.state, v.ctx, p.t, p.locale, v.derivedRateYears)}
      summarySources={{ heading: v.title, lines: [], sources: sourceEntries(v.sourceIds, p.sources, p.locale) }}
      summary={v.summary}
      controls={controls && <div className={figureStyles.controls}>{controls}</div>}
      chart={<WhenVisible view={p.chart} draw={draw} placeholder={<ChartSlot t={p.t} />} />}
      table={
        <DataTable id={figureIds(model.id).table} caption={v.caption} columns={tableColumns(v.ctx, { ...v.columns, sources: p.sources, onPage, framed })} rows={v.shown} />
      }
      notes={<FigureNotes notes={v.notes} locale={p.locale} framed={framed} />}
      sourceLine={<SourceLine ids={v.sourceIds} sources={p.sources} locale={p.locale} t={p.t} onPage={onPage} framed={framed} />}
      csv={() => toCsv(model.id, v.shown, v.ctx, p.basis, v.columns)}
      filename={model.filename(p.state)}
      apiCsv={apiCsv}
    />
  );
}
