import { div, ratio, type Ratio } from "@/lib/money/ratio";
import type { TradePoint } from "@/lib/schema/api";
import type { Country, Reporter } from "@/lib/schema/primitives";
import { find, inRange, missingRow, rowFromPoint, type FigureRow, type Range } from "./rows";

const usdOf = (p: TradePoint | undefined): Ratio | null => (p && p.valueUsd !== null ? ratio(BigInt(p.valueUsd)) : null);

/**
 * China's trade with the world per year of the range, each with the five countries' share of it
 * (both in US dollars, so the share does not depend on a rate). Years without a world total are gaps.
 */
export function worldRows(points: readonly TradePoint[], range: Range): FigureRow[] {
  const rows: FigureRow[] = [];
  for (let y = range.from; y <= range.to; y++) {
    const world = find(points, String(y), "WLD", "total");
    const ca5 = usdOf(find(points, String(y), "CA5", "total"));
    const worldUsd = usdOf(world);
    if (!world) {
      rows.push(missingRow(String(y), y, "WLD", "total"));
      continue;
    }
    const row = rowFromPoint(world);
    const total = find(points, String(y), "CA5", "total");
    rows.push({
      ...row,
      share: ca5 && worldUsd && worldUsd.num !== 0n ? div(ca5, worldUsd) : null,
      sourceIds: [...new Set([...row.sourceIds, ...(total ? [total.sourceId] : [])])],
    });
  }
  return rows;
}

/**
 * The mirror figure: for each year of the range, China's total with a country and that country's
 * own total with China, and the gap as China's ÷ the partner's (US dollars).
 */
export function mirrorRows(points: readonly TradePoint[], country: Country & Reporter, range: Range): FigureRow[] {
  const own = points.filter((p) => p.reporter === country && p.partner === "CHN" && p.flow === "total" && p.periodType === "year" && inRange(p.year, range));
  const known = own.map((p) => p.year);
  if (!known.length) return [];
  // Every year from the partner's first figure to its last, so a missing year stays a gap in the chart.
  const [first, last] = [Math.min(...known), Math.max(...known)];
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return years.flatMap((y) => {
    const chinaPoint = find(points, String(y), country, "total");
    const ownPoint = find(points, String(y), "CHN", "total", country);
    const china = chinaPoint ? rowFromPoint(chinaPoint) : missingRow(String(y), y, country, "total");
    const theirs = ownPoint ? rowFromPoint(ownPoint) : missingRow(String(y), y, "CHN", "total", country);
    const [a, b] = [usdOf(chinaPoint), usdOf(ownPoint)];
    return [{ ...china, gap: a && b && b.num !== 0n ? div(a, b) : null }, theirs];
  });
}
