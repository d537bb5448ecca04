import { div, ratio, type Ratio } from "@/lib/money/ratio";
import type { TradePoint } from "@/lib/schema/api";
import { find, missingRow, rowFromPoint, type FigureRow, type Range } from "./rows";

/**
 * The dollar figure a dollar view shows for the point's cell: the point itself, or, where a yuan view
 * shows a figure China stated in yuan, the primary dollar figure among its alternatives.
 */
function usdOf(p: TradePoint | undefined): Ratio | null {
  if (!p) return null;
  const dollars = p.stated.currency === "USD" ? null : p.alternatives.find((a) => a.primary && a.stated.currency === "USD");
  const usd = dollars ? dollars.valueUsd : p.valueUsd;
  return usd === null ? null : ratio(BigInt(usd));
}

/**
 * Central Asia beside Indonesia: for each year of the range, China's total with the five and its
 * total with Indonesia, the five's row carrying its ratio to Indonesia's (`share`, read from the two
 * dollar figures a dollar view shows, so no rupiah or yuan rate moves it). Indonesia is read
 * as its own partner, never added to the five. A year without a figure stays a gap.
 */
export function yardstickRows(points: readonly TradePoint[], range: Range): FigureRow[] {
  const rows: FigureRow[] = [];
  for (let y = range.from; y <= range.to; y++) {
    const [ca5, idn] = [find(points, String(y), "CA5", "total"), find(points, String(y), "IDN", "total")];
    const [a, b] = [usdOf(ca5), usdOf(idn)];
    const five = ca5 ? rowFromPoint(ca5) : missingRow(String(y), y, "CA5", "total");
    rows.push({ ...five, share: a && b && b.num !== 0n ? div(a, b) : null }, idn ? rowFromPoint(idn) : missingRow(String(y), y, "IDN", "total"));
  }
  return rows;
}
