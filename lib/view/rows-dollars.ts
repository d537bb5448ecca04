import { div, mul, parseDecimal, ratio, sub, toDecimalString, toInteger, type Ratio } from "@/lib/money/ratio";
import type { ConversionStepJson, TradePoint } from "@/lib/schema/api";
import type { FigureRow } from "./rows";

/**
 * A yuan view shows a year China stated in yuan as stated (the trend's levels, the headline's total).
 * A figure that sets figures against each other (a change on the year before, an average growth, the
 * five as a ratio of Indonesia) reads one kind instead: every year China's US-dollar figure, converted
 * at the rate the view gives that year, as its other years already are. A stated yuan total beside a
 * converted one made a gap from the mix alone (2024: +6.5% against +7.8%; 63.3% of Indonesia against
 * 64.1%), so such a figure shows, in its table, summary and CSV, the very figures it compares.
 */

/** The step the view converts a year's US-dollar figures with: the one its other figures of that year went through. */
function yearStep(points: readonly TradePoint[], year: number, currency: string): ConversionStepJson | undefined {
  for (const p of points) {
    const [step, more] = p.conversion;
    if (p.year === year && p.periodType === "year" && step && !more && step.from === "USD" && step.to === currency) return step;
  }
  return undefined;
}

/** (alternative − shown) ÷ shown × 100 in US dollars, two decimals, as the points state it. */
const difference = (alt: number | null, usd: Ratio): string | null =>
  alt === null || usd.num === 0n ? null : toDecimalString(mul(div(sub(ratio(BigInt(alt)), usd), usd), ratio(100n)), 2);

/**
 * The row as its US-dollar figure in the view's money, where it shows a figure stated in another
 * currency beside a primary dollar figure (a yuan view's 2013 and 2024); any other row as it is. The
 * statement it stands in for becomes one of its alternatives, and `insteadOf` names it for the notes.
 */
export function asDollarFigure(row: FigureRow, points: readonly TradePoint[]): FigureRow {
  const currency = points[0]?.currency;
  if (!row.value || !row.stated || row.stated.currency === "USD" || !currency || currency === "USD") return row;
  const alt = row.alternatives.find((a) => a.primary && a.stated.currency === "USD" && a.valueUsd !== null);
  const step = alt && yearStep(points, row.year, currency);
  if (!alt || alt.valueUsd === null || !step) return row;
  const usd = ratio(BigInt(alt.valueUsd));
  const rate = parseDecimal(step.rate);
  // Whole units, as every point's value is.
  const value = ratio(toInteger(step.operation === "multiply" ? mul(usd, rate) : div(usd, rate)));
  const statement: TradePoint["alternatives"][number] = {
    sourceId: row.sourceIds[0] ?? "",
    status: row.status ?? "reported",
    stated: row.stated,
    valueUsd: row.usd === null ? null : Number(toInteger(row.usd)),
    differencePercent: null,
    primary: true,
    toUsd: [{ ...step, from: row.stated.currency, to: "USD", operation: step.operation === "multiply" ? "divide" : "multiply" }],
  };
  const alternatives = [statement, ...row.alternatives.filter((a) => a !== alt)].map((a) => ({ ...a, differencePercent: difference(a.valueUsd, usd) }));
  return {
    ...row,
    key: `${row.period}:${row.reporter === "CHN" ? "" : `${row.reporter}>`}${row.partner}:${row.flow}:USD:${alt.sourceId}`,
    value,
    usd,
    status: alt.status,
    sourceIds: [alt.sourceId],
    conversion: [step],
    stated: alt.stated,
    alternatives,
    // The statement's own derivation and note are not this figure's.
    derivation: alt.derivation,
    note: undefined,
    insteadOf: { value: row.value, sourceId: row.sourceIds[0] ?? "" },
  };
}
