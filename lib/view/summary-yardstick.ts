import { fill } from "@/lib/i18n/fill";
import { moneyText, shareCell, type CellContext } from "./cells";
import type { FigureRow } from "./rows";

/**
 * The latest year with both figures: the five's total, Indonesia's, and the five as a share of it;
 * with the range's first such year's share, so the sentence says how far the yardstick moved.
 */
export function yardstickSummary(rows: readonly FigureRow[], ctx: CellContext): string {
  const both = rows.filter((r) => r.partner === "CA5" && r.share);
  const [first, last] = [both[0], both.at(-1)];
  const idn = last && rows.find((r) => r.partner === "IDN" && r.year === last.year);
  if (!first || !last || !idn) return ctx.t.summary.yardstickNone;
  const text = fill(ctx.t.summary.yardstick, { year: last.year, ca5: moneyText(last, ctx), idn: moneyText(idn, ctx), share: shareCell(last, ctx.locale) });
  return first === last ? text : text + fill(ctx.t.summary.yardstickRange, { firstYear: first.year, firstShare: shareCell(first, ctx.locale) });
}
