import type { Messages } from "@/lib/i18n/messages";

/** What stands in the chart's fixed-size box until the chart code has loaded (without JavaScript the box is hidden and the table shown). */
export function ChartSlot({ t }: { t: Messages }) {
  return (
    <div className="chart-slot" aria-hidden="true">
      <span className="chart-slot__loading">{t.chartLoading}</span>
    </div>
  );
}
