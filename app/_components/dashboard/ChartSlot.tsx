import type { Messages } from "@/lib/i18n/messages";
import styles from "./ChartSlot.module.css";

/** What stands in the chart's fixed-size box until the chart code has loaded (without JavaScript the box is hidden and the table shown). */
export function ChartSlot({ t }: { t: Messages }) {
  return (
    <div className={styles.slot} aria-hidden="true" data-testid="chart-slot">
      <span>{t.chartLoading}</span>
    </div>
  );
}
