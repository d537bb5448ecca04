import type { ReactNode } from "react";
import tableStyles from "../ui/table.module.css";

/** A column heading; numeric columns align right. */
export type SectionColumn = { label: string; numeric?: boolean };

type Props = { caption: string; regionLabel?: string; className?: string; columns: readonly SectionColumn[]; children: ReactNode };

/** A captioned table in a keyboard-scrollable region, for the goods and targets sections; rows are the children. */
export function SectionTable({ caption, regionLabel, className, columns, children }: Props) {
  return (
    <div className={tableStyles.wrap} role="region" aria-label={regionLabel ?? caption} tabIndex={0}>
      <table className={className ? `${tableStyles.table} ${className}` : tableStyles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? tableStyles.num : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
