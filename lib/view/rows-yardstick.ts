import { div } from "@/lib/money/ratio";
import type { TradePoint } from "@/lib/schema/api";
import { asDollarFigure } from "./rows-dollars";
import { find, missingRow, rowFromPoint, type FigureRow, type Range } from "./rows";

/**
 * Central Asia beside Indonesia: for each year of the range, China's total with the five and its
 * total with Indonesia, the five's row carrying its ratio to Indonesia's (`share`). Both rows are
 * China's US-dollar figures in the view's money (a yuan view's 2013 and 2024 too: asDollarFigure), so
 * the ratio is the two figures shown and no rupiah or yuan rate moves it. Indonesia is read as its
 * own partner, never added to the five. A year without a figure stays a gap.
 */
export function yardstickRows(points: readonly TradePoint[], range: Range): FigureRow[] {
  const rows: FigureRow[] = [];
  for (let y = range.from; y <= range.to; y++) {
    const [ca5, idn] = [find(points, String(y), "CA5", "total"), find(points, String(y), "IDN", "total")];
    const five = ca5 ? asDollarFigure(rowFromPoint(ca5), points) : missingRow(String(y), y, "CA5", "total");
    const them = idn ? asDollarFigure(rowFromPoint(idn), points) : missingRow(String(y), y, "IDN", "total");
    const [a, b] = [five.usd, them.usd];
    rows.push({ ...five, share: a && b && b.num !== 0n ? div(a, b) : null }, them);
  }
  return rows;
}
