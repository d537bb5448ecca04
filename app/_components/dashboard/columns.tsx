import { fill } from "@/lib/i18n/fill";
import { exactCell, gapCell, moneyText, periodCell, rateCell, shareCell, statusCell, unitLabel, valueCell, type CellContext } from "@/lib/view/cells";
import { provenanceLabel, rowProvenance, sourceHref } from "@/lib/view/provenance";
import { ProvenanceButton } from "../ProvenanceButton";
import type { FigureRow } from "@/lib/view/rows";
import type { Column } from "./DataTable";
import type { SourceLookup } from "@/lib/view/provenance";

type Options = {
  partner?: boolean;
  reporter?: boolean;
  flow?: boolean;
  share?: boolean;
  gap?: boolean;
  sources: SourceLookup;
  /** The sources the page's own list has; others link to the sources page. */
  onPage?: ReadonlySet<string>;
  /** Server-rendered tables: plain numbers, since a popover needs JavaScript to open. */
  plain?: boolean;
};

/** The columns every figure's table shares, so tables read alike and match the CSV. */
export function tableColumns(ctx: CellContext, options: Options): Column[] {
  const { t, locale } = ctx;
  const cols: Column[] = [{ key: "period", header: t.table.period, cell: (r) => periodCell(r, locale) }];
  if (options.reporter) cols.push({ key: "reporter", header: t.table.reporter, cell: (r) => t.reporters[r.reporter] });
  if (options.partner) cols.push({ key: "partner", header: t.table.partner, cell: (r) => t.partners[r.partner] });
  if (options.flow) cols.push({ key: "flow", header: t.table.flow, cell: (r) => t.flows[r.flow] });
  cols.push({
    key: "value",
    header: fill(t.table.value, { unit: unitLabel(ctx) }),
    numeric: true,
    cell: (r) => {
      const text = valueCell(r, ctx);
      if (options.plain) return text;
      const heading = `${t.partners[r.partner]}, ${periodCell(r, locale)}: ${moneyText(r, { ...ctx, scale: null })}`;
      return (
        <ProvenanceButton lazy provenance={rowProvenance(r, heading, ctx, options.sources)} label={provenanceLabel(t, text)} closeText={t.provenance.close}>
          {text}
        </ProvenanceButton>
      );
    },
  });
  if (options.share) cols.push({ key: "share", header: t.table.share, numeric: true, cell: (r) => shareCell(r, locale) });
  if (options.gap) cols.push({ key: "gap", header: t.table.gap, numeric: true, cell: (r) => gapCell(r, locale) });
  cols.push(
    { key: "exact", header: t.table.exact, numeric: true, cell: (r) => exactCell(r, ctx) },
    { key: "rate", header: t.table.rate, cell: (r: FigureRow) => (r.value ? rateCell(r.conversion, ctx) : "—") },
    { key: "status", header: t.table.status, cell: (r) => statusCell(r, t) },
    {
      key: "source",
      header: t.table.source,
      cell: (r) =>
        r.sourceIds.map((id, i) => (
          <span key={id}>
            {i > 0 && "; "}
            <a href={sourceHref(id, locale, options.onPage)} data-source-id={id}>
              {options.sources[id]?.publisher ?? id}
            </a>
          </span>
        )),
    },
  );
  return cols;
}

/**
 * The server-rendered table's columns: period, what the row is, the value (in the figure's unit),
 * share or gap, and status. Exact values, rates and per-row sources are in the live table, the CSV
 * and the API; the figure's source line names every source.
 */
export function plainColumns(ctx: CellContext, options: Omit<Options, "sources" | "plain">): Column[] {
  const { t, locale } = ctx;
  const cols: Column[] = [{ key: "period", header: t.table.period, cell: (r) => periodCell(r, locale) }];
  if (options.reporter) cols.push({ key: "reporter", header: t.table.reporter, cell: (r) => t.reporters[r.reporter] });
  if (options.partner) cols.push({ key: "partner", header: t.table.partner, cell: (r) => t.partners[r.partner] });
  if (options.flow) cols.push({ key: "flow", header: t.table.flow, cell: (r) => t.flows[r.flow] });
  cols.push({ key: "value", header: fill(t.table.value, { unit: unitLabel(ctx) }), numeric: true, cell: (r) => valueCell(r, ctx) });
  if (options.share) cols.push({ key: "share", header: t.table.share, numeric: true, cell: (r) => shareCell(r, locale) });
  if (options.gap) cols.push({ key: "gap", header: t.table.gap, numeric: true, cell: (r) => gapCell(r, locale) });
  cols.push({ key: "status", header: t.table.status, cell: (r) => statusCell(r, t) });
  return cols;
}
