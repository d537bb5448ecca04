import type { Reporter } from "@/lib/schema/primitives";
import type { FigureRow } from "./rows";
import { constantBase, type ViewState } from "./state";

/** A cell of the data a figure draws or computes from: what one row of /api/trade answers. */
export type DataCell = Pick<FigureRow, "reporter" | "period" | "periodType" | "year" | "partner"> & { flow: Exclude<FigureRow["flow"], "balance"> };

export const cellKey = (c: DataCell) => `${c.reporter}|${c.period}|${c.partner}|${c.flow}`;

/** The rows that are data as stated (or summed by a source), not numbers this site derived from them. */
export const dataCells = (rows: readonly FigureRow[]): DataCell[] =>
  rows.flatMap((r) => (r.status !== null && r.flow !== "balance" && !r.span ? [{ reporter: r.reporter, period: r.period, periodType: r.periodType, year: r.year, partner: r.partner, flow: r.flow }] : []));

/** The API parameters of the view's money: currency, rupiah rate (yours included) and constant prices. */
export function moneyQuery(s: ViewState): string[] {
  if (s.currency === "IDR") return ["currency=IDR", `rate=${s.rate}`, ...(s.rate === "custom" && s.idrPerUsd ? [`idrPerUsd=${s.idrPerUsd}`] : [])];
  if (s.currency === "CNY") return ["currency=CNY"];
  const base = constantBase(s);
  return base ? ["prices=constant", `base=${base}`] : [];
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/**
 * The /api/trade queries that answer exactly the cells given: one per reporter, since a query has
 * one. Years that run without a break are a range; others are listed. Part-year periods are asked
 * for only where the figure has them.
 */
export function apiQueries(s: ViewState, cells: readonly DataCell[]): { reporter: Reporter; query: string }[] {
  return unique(cells.map((c) => c.reporter)).map((reporter: Reporter) => {
    const mine = cells.filter((c) => c.reporter === reporter);
    const years = unique(mine.map((c) => c.year)).sort((a, b) => a - b);
    const first = years[0] ?? 0;
    const last = years.at(-1) ?? 0;
    const run = last - first + 1 === years.length;
    const types = unique(mine.map((c) => c.periodType));
    const parts = [
      ...moneyQuery(s),
      ...(reporter === "CHN" ? [] : [`reporter=${reporter}`]),
      `partner=${unique(mine.map((c) => c.partner)).join(",")}`,
      `flow=${unique(mine.map((c) => c.flow)).join(",")}`,
      ...(run ? [`from=${first}`, `to=${last}`] : [`years=${years.join(",")}`]),
      ...(types.length === 1 ? [`periodType=${types[0]}`] : []),
    ];
    return { reporter, query: parts.join("&") };
  });
}
