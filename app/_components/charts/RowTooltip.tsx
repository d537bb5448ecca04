import { moneyText, rateCell, shareCell, statusCell, type CellContext } from "@/lib/view/cells";
import type { SourceLookup } from "@/lib/view/provenance";
import type { FigureRow } from "@/lib/view/rows";
import styles from "./RowTooltip.module.css";

/**
 * A tooltip names the value, the rate it went through, its status and its share (or, where the row's
 * `share` is another ratio, what `shareLabel` calls it), in the page's language.
 */
export function RowTooltip({ row, ctx, heading, sources, shareLabel }: { row: FigureRow; ctx: CellContext; heading: string; sources: SourceLookup; shareLabel?: string }) {
  const { t } = ctx;
  return (
    <div className={styles.tooltip} data-testid="chart-tooltip">
      <p className={styles.heading}>{heading}</p>
      <p className={styles.value}>{moneyText(row, { ...ctx, scale: null })}</p>
      {row.share && (
        <p>
          {shareLabel ?? t.table.share}: {shareCell(row, ctx.locale)}
        </p>
      )}
      <p>
        {t.table.rate}: {rateCell(row.conversion, ctx)}
      </p>
      <p>
        {t.table.status}: {statusCell(row, t)}
      </p>
      <p>
        {t.table.source}: {row.sourceIds.map((id) => sources[id]?.publisher ?? id).join("; ")}
      </p>
    </div>
  );
}
