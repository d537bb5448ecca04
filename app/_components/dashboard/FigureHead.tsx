import type { ReactNode } from "react";
import { figureIds } from "@/lib/view/figure-ids";
import type { FigureId } from "@/lib/view/state";
import styles from "./FigureHead.module.css";

/** A figure's title and summary, the same on the server's figure and the live one; `children` follow the summary (its sources button). */
export function FigureHead({ id, title, summary, children }: { id: FigureId; title: string; summary: string; children?: ReactNode }) {
  const ids = figureIds(id);
  return (
    <>
      <h2 id={ids.title}>{title}</h2>
      <div className={styles.summary}>
        <span id={ids.summary} data-testid={`summary-${id}`}>
          {summary}
        </span>
        {children && <>{" "}{children}</>}
      </div>
    </>
  );
}
