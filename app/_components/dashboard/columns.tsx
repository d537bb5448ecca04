import { moneyText, periodCell, type CellContext } from "@/lib/view/cells";
import { textColumns, type ColumnOptions } from "@/lib/view/columns";
import { provenanceLabel, rowProvenance, sourceHref, type SourceLookup } from "@/lib/view/provenance";
import { ProvenanceButton } from "../ProvenanceButton";
import { framedLink } from "@/lib/embed/links";
import type { Column } from "./DataTable";

type Options = ColumnOptions & {
  sources: SourceLookup;
  /** The sources the page's own list has; others link to the sources page. */
  onPage?: ReadonlySet<string>;
  /** In an embed: the source links open outside the frame. */
  framed?: boolean;
};

/** The live table's columns: the shared text columns, each value opening its provenance, and the sources. */
export function tableColumns(ctx: CellContext, options: Options): Column[] {
  const { t, locale } = ctx;
  const cols: Column[] = textColumns(ctx, options, true).map((c) => ({
    key: c.key,
    header: c.header,
    numeric: c.numeric,
    cell:
      c.key === "value"
        ? (r) => {
            const text = c.text(r);
            const heading = `${t.partners[r.partner]}, ${periodCell(r, locale)}: ${moneyText(r, { ...ctx, scale: null })}`;
            return (
              <ProvenanceButton lazy provenance={rowProvenance(r, heading, ctx, options.sources)} label={provenanceLabel(t, text)} closeText={t.provenance.close}>
                {text}
              </ProvenanceButton>
            );
          }
        : c.text,
  }));
  cols.push({
    key: "source",
    header: t.table.source,
    cell: (r) =>
      r.sourceIds.map((id, i) => (
        <span key={id}>
          {i > 0 && "; "}
          <a {...framedLink(sourceHref(id, locale, options.onPage), options.framed ?? false)} data-source-id={id}>
            {options.sources[id]?.publisher ?? id}
          </a>
        </span>
      )),
  });
  return cols;
}
