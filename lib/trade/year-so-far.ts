import type { Observation } from "@/lib/data/types";
import { add, div, ratio, sub, type Ratio } from "@/lib/money/ratio";
import type { Currency, Flow, Partner, Reporter, Status } from "@/lib/schema/primitives";
import { COUNTRIES, FLOWS, PARTNERS, REPORTERS } from "@/lib/schema/values";

/**
 * "How is this year going?": each part-year (or one-month) figure set against the same months of
 * the year before, for the same reporter, partner and flow. Never a full year, never a year's
 * growth: a comparison exists only where both spans are the same months, in one currency as the
 * sources state them (a part of a year has no rate to convert it with).
 */

/** The months a period covers: January–October is { from: 1, to: 10 }; one month has from = to. */
export type Span = { from: number; to: number };

export type YtdFigure = {
  period: string;
  year: number;
  value: Ratio;
  currency: Currency;
  status: Status;
  sourceIds: string[];
  /** How a derived figure was made: the source's words, or ours for a sum of the five. */
  derivation?: string;
  /** The observation itself, where the figure is one (not a sum made here). */
  observation?: Observation;
};

/** `year`: the later year of a comparison, or the figure's own. */
type Cell = { reporter: Reporter; partner: Partner; flow: Flow; periodType: "ytd" | "month"; span: Span; year: number };

export type YtdComparison = Cell & { current: YtdFigure; previous: YtdFigure; change: Ratio };
/** A part-year figure with no figure for the same months of the year before. */
export type YtdAlone = Cell & { figure: YtdFigure };

const PERIOD = /^(\d{4})-(\d{2})(?:\/(\d{4})-(\d{2}))?$/;

/** The year and months of a part-year or one-month period; null for a full year or a span across years. */
export function spanOf(period: string): { year: number; span: Span } | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const [, y1, m1, y2, m2] = m;
  if (y2 !== undefined && y2 !== y1) return null;
  return { year: Number(y1), span: { from: Number(m1), to: Number(m2 ?? m1) } };
}

const two = (n: number) => String(n).padStart(2, "0");
/** The period of the same months in another year: "2024-01/2024-10" for 2025's January–October. */
export const periodOf = (year: number, span: Span, periodType: "ytd" | "month") =>
  periodType === "month" ? `${year}-${two(span.from)}` : `${year}-${two(span.from)}/${year}-${two(span.to)}`;

const key = (reporter: string, partner: string, flow: string, period: string) => `${reporter}|${partner}|${flow}|${period}`;
const figureOf = (o: Observation): YtdFigure => ({
  period: o.period,
  year: o.year,
  value: o.amount,
  currency: o.currency,
  status: o.status,
  sourceIds: [o.sourceId],
  ...(o.derivation ? { derivation: o.derivation } : {}),
  observation: o,
});

/**
 * The figures of each part-year cell, one per currency: the primary figure of each. Where China's
 * figures give no total for the five but give all five countries in one currency, their sum,
 * derived here and said so; never a sum with a country missing.
 */
function figures(observations: readonly Observation[]): Map<string, Map<Currency, YtdFigure>> {
  const cells = new Map<string, Map<Currency, YtdFigure>>();
  const put = (k: string, f: YtdFigure) => cells.set(k, new Map([...(cells.get(k) ?? []), [f.currency, f]]));
  for (const o of observations) if (o.primary && o.periodType !== "year") put(key(o.reporter, o.partner, o.flow, o.period), figureOf(o));
  const periods = new Set(observations.filter((o) => o.periodType !== "year" && o.reporter === "CHN").map((o) => `${o.period}|${o.flow}`));
  for (const pf of periods) {
    const [period = "", flow = ""] = pf.split("|");
    const five = COUNTRIES.map((c) => cells.get(key("CHN", c, flow, period)));
    for (const currency of ["USD", "CNY"] as const) {
      if (cells.get(key("CHN", "CA5", flow, period))?.has(currency)) continue;
      const parts = five.map((c) => c?.get(currency));
      if (!parts.every((p): p is YtdFigure => p !== undefined)) continue;
      const [first] = parts as [YtdFigure, ...YtdFigure[]];
      put(key("CHN", "CA5", flow, period), {
        period,
        year: first.year,
        value: parts.reduce<Ratio>((sum, p) => add(sum, p.value), ratio(0n)),
        currency,
        status: "derived",
        sourceIds: [...new Set(parts.flatMap((p) => p.sourceIds))],
        derivation: `sum of the five countries' ${period} figures (${COUNTRIES.join(" + ")})`,
      });
    }
  }
  return cells;
}

/** US dollars where both spans have them, else yuan where both have those: never two currencies. */
function sameCurrency(a: Map<Currency, YtdFigure>, b: Map<Currency, YtdFigure>): [YtdFigure, YtdFigure] | null {
  for (const c of ["USD", "CNY", "IDR"] as const) {
    const [x, y] = [a.get(c), b.get(c)];
    if (x && y) return [x, y];
  }
  return null;
}

const order = <T extends string>(list: readonly T[]) => new Map<string, number>(list.map((x, i) => [x, i]));
const [REPORTER, PARTNER, FLOW] = [order(REPORTERS), order(PARTNERS), order(FLOWS)];

/** Latest first; within a span, China's figures before a country's own, partners and flows in their usual order. */
const compareCells = (a: Cell, b: Cell) =>
  b.year - a.year ||
  b.span.to - a.span.to ||
  a.span.from - b.span.from ||
  (REPORTER.get(a.reporter) ?? 0) - (REPORTER.get(b.reporter) ?? 0) ||
  (PARTNER.get(a.partner) ?? 0) - (PARTNER.get(b.partner) ?? 0) ||
  (FLOW.get(a.flow) ?? 0) - (FLOW.get(b.flow) ?? 0);

/** Every part-year figure, paired with the same months of the year before where the data has them. */
export function yearSoFar(observations: readonly Observation[]): { comparisons: YtdComparison[]; alone: YtdAlone[] } {
  const cells = figures(observations);
  const comparisons: YtdComparison[] = [];
  const alone: YtdAlone[] = [];
  for (const [k, byCurrency] of cells) {
    const [reporter, partner, flow, period] = k.split("|") as [Reporter, Partner, Flow, string];
    const at = spanOf(period);
    if (!at) continue;
    const periodType = period.includes("/") ? "ytd" : "month";
    const cell: Cell = { reporter, partner, flow, periodType, span: at.span, year: at.year };
    const before = cells.get(key(reporter, partner, flow, periodOf(at.year - 1, at.span, periodType)));
    const pair = before && sameCurrency(byCurrency, before);
    if (pair) {
      const [current, previous] = pair;
      if (previous.value.num !== 0n) comparisons.push({ ...cell, current, previous, change: sub(div(current.value, previous.value), ratio(1n)) });
      continue;
    }
    // Shown alone unless it is itself the "year before" of a later comparison.
    const after = cells.get(key(reporter, partner, flow, periodOf(at.year + 1, at.span, periodType)));
    if (!after || !sameCurrency(after, byCurrency)) {
      const figure = byCurrency.get("USD") ?? [...byCurrency.values()][0];
      if (figure) alone.push({ ...cell, figure });
    }
  }
  return { comparisons: comparisons.sort(compareCells), alone: alone.sort(compareCells) };
}
