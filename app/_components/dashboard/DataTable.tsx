import type { ReactNode } from "react";
import type { FigureRow } from "@/lib/view/rows";
import tableStyles from "../ui/table.module.css";

export type Column = { key: string; header: string; numeric?: boolean; cell: (row: FigureRow) => ReactNode };

type Props = { id: string; caption: string; columns: readonly Column[]; rows: readonly FigureRow[] };

/** The figure's data alternative: exactly the numbers the chart draws. Scrolls inside itself on a phone. */
export function DataTable({ id, caption, columns, rows }: Props) {
  return (
    <div className={tableStyles.wrap} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={tableStyles.table} id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? tableStyles.num : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? tableStyles.num : undefined} data-col={c.key}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
