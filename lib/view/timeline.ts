import type { Locale } from "@/lib/format/locale";
import { formatPartialDate } from "@/lib/format/date";
import type { ContextEvent } from "@/lib/schema/context";

/** A labelled marker on the trend chart; events on the same day share one. */
export type ChartMarker = { x: number; label: string; title: string; text: string };

/** Position on a year axis: 2013-09-07 → 2013.68. */
export function yearPosition(date: string): number {
  const [y = 0, m, d] = date.split("-").map(Number);
  if (!m) return y;
  return y + (m - 1) / 12 + ((d ?? 1) - 1) / 365;
}

export function chartMarkers(events: readonly ContextEvent[], locale: Locale): ChartMarker[] {
  const byDate = new Map<string, ContextEvent[]>();
  for (const e of events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  return [...byDate].map(([date, list], i) => ({
    x: yearPosition(date),
    label: String(i + 1),
    title: `${formatPartialDate(date, locale)}: ${list.map((e) => e.title[locale]).join("; ")}`,
    text: list.map((e) => e.text[locale]).join(" "),
  }));
}

/**
 * Which row each marker sits in, so no two targets overlap: a marker closer than `minGap` pixels
 * to the one before it in the same row drops to the next row (on a phone, 2023's and 2025's
 * summits are about 19 px apart). `xs` in axis units, ascending; `pxPerUnit` from the plot's width.
 */
export function markerRows(xs: readonly number[], pxPerUnit: number, minGap = 24): number[] {
  const lastInRow: number[] = [];
  return xs.map((x) => {
    const px = x * pxPerUnit;
    let row = lastInRow.findIndex((prev) => px - prev >= minGap);
    if (row === -1) row = lastInRow.length;
    lastInRow[row] = px;
    return row;
  });
}
