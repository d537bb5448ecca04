import { fill } from "@/lib/i18n/fill";
import { changeCell, exactCell, gapCell, periodCell, rateCell, shareCell, statusCell, unitLabel, valueCell, type CellContext } from "./cells";
import type { FigureRow } from "./rows";

/** What a figure's table shows besides period and value; the figure model says which apply. */
export type ColumnOptions = {
  partner?: boolean;
  reporter?: boolean;
  flow?: boolean;
  share?: boolean;
  gap?: boolean;
  /** The five's total as a share of Indonesia's (the yardstick figure), on the five's row. */
  ratio?: boolean;
  /** Growth: each year's change beside its value, or the average growth beside the range's two ends. */
  change?: { kind: "yoy" } | { kind: "cagr"; from: number; to: number };
};

export type TextColumn = { key: string; header: string; numeric?: boolean; text: (row: FigureRow) => string };

/**
 * The columns of every figure's table as text, in one order, so the live table, the server's table
 * and the CSV read alike. `full` adds the exact value and the rates, which the live table shows; the
 * table sent to readers without JavaScript keeps to the rest (the CSV and API have them).
 */
export function textColumns(ctx: CellContext, options: ColumnOptions, full: boolean): TextColumn[] {
  const { t, locale } = ctx;
  const cols: TextColumn[] = [{ key: "period", header: t.table.period, text: (r) => periodCell(r, locale) }];
  if (options.reporter) cols.push({ key: "reporter", header: t.table.reporter, text: (r) => t.reporters[r.reporter] });
  if (options.partner) cols.push({ key: "partner", header: t.table.partner, text: (r) => t.partners[r.partner] });
  if (options.flow) cols.push({ key: "flow", header: t.table.flow, text: (r) => t.flows[r.flow] });
  const change = options.change;
  if (change?.kind === "cagr") {
    const unit = unitLabel(ctx);
    cols.push(
      { key: "first", header: fill(t.table.valueOfYear, { year: change.from, unit }), numeric: true, text: (r) => (r.span?.first ? valueCell({ ...r, value: r.span.first }, ctx) : t.table.noData) },
      { key: "value", header: fill(t.table.valueOfYear, { year: change.to, unit }), numeric: true, text: (r) => valueCell(r, ctx) },
    );
  } else cols.push({ key: "value", header: fill(t.table.value, { unit: unitLabel(ctx) }), numeric: true, text: (r) => valueCell(r, ctx) });
  if (change) cols.push({ key: "change", header: change.kind === "cagr" ? t.table.cagr : t.table.changeYoy, numeric: true, text: (r) => changeCell(r, locale, t) });
  if (options.share) cols.push({ key: "share", header: t.table.share, numeric: true, text: (r) => shareCell(r, locale) });
  if (options.gap) cols.push({ key: "gap", header: t.table.gap, numeric: true, text: (r) => gapCell(r, locale) });
  if (options.ratio) cols.push({ key: "ratio", header: t.table.ratioIdn, numeric: true, text: (r) => shareCell(r, locale) });
  if (full) {
    cols.push(
      { key: "exact", header: t.table.exact, numeric: true, text: (r) => exactCell(r, ctx) },
      { key: "rate", header: t.table.rate, text: (r) => (r.value ? rateCell(r.conversion, ctx) : "—") },
    );
  }
  cols.push({ key: "status", header: t.table.status, text: (r) => statusCell(r, t) });
  return cols;
}
