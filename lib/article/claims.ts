import type { Dataset } from "@/lib/data/types";
import { abs, add, compare, div, isZero, mul, parseDecimal, pow10, ratio, sub, type Ratio } from "@/lib/money/ratio";
import type { Claim } from "@/lib/schema/context";
import type { Currency } from "@/lib/schema/primitives";
import { articleRate } from "@/lib/trade/rates";
import { displaySeries, findFigure } from "@/lib/trade/series";

/**
 * The article's numbers against the data. Each check says what the article states (or implies),
 * what the data says, the difference, and the rule that gave the verdict.
 */

export type Verdict = "matches" | "rounded" | "differs";
export type Rule =
  | { code: "half-last-digit"; tolerance: Ratio; almost: boolean }
  | { code: "rate-within-month"; tolerance: Ratio; percent: Ratio };

export type ClaimCheck = {
  id: string;
  kind: "stated" | "implied";
  /** The article's phrase, for stated claims, and what it states: a year's figure, a change or a rate. */
  quote: string | null;
  says?: "figure" | "change" | "rate";
  currency: Currency;
  stated: Ratio;
  data: Ratio;
  difference: Ratio;
  /** difference ÷ data */
  relative: Ratio;
  verdict: Verdict;
  rule: Rule;
  /** Sources of the data side. */
  sourceIds: string[];
  /** How an implied number follows from the stated ones; worded by the page (claimDerivation). */
  derivation?: ClaimDerivation;
};

export type ClaimDerivation = { kind: "times-rate"; usd: Ratio; rate: Ratio } | { kind: "total-minus-change"; year: number; total: Ratio; change: Ratio };

const UNIT_EXP = { one: 0, million: 6, billion: 9 } as const;

/** Half of the last digit the article wrote: "95" billion → 0.5 billion; "5.4" → 0.05 billion. */
export function halfLastDigit(stated: string, unit: Claim["unit"]): Ratio {
  const decimals = stated.includes(".") ? (stated.split(".")[1]?.length ?? 0) : 0;
  return mul(ratio(1n, 2n), pow10(UNIT_EXP[unit] - decimals));
}

export function verdictFor(stated: Ratio, data: Ratio, tolerance: Ratio, almost: boolean): Verdict {
  const diff = sub(data, stated);
  if (isZero(diff)) return "matches";
  const within = compare(abs(diff), tolerance) <= 0;
  // "hampir 95" (almost 95) is only right if the true value does not exceed 95.
  const sideOk = !almost || compare(data, stated) <= 0;
  return within && sideOk ? "rounded" : "differs";
}

function check(base: Omit<ClaimCheck, "difference" | "relative" | "verdict">, almost: boolean): ClaimCheck {
  const difference = sub(base.data, base.stated);
  const verdict =
    base.rule.code === "rate-within-month"
      ? isZero(difference)
        ? "matches"
        : compare(abs(difference), base.rule.tolerance) <= 0
          ? "matches"
          : "differs"
      : verdictFor(base.stated, base.data, base.rule.tolerance, almost);
  return { ...base, difference, relative: div(difference, base.data), verdict };
}

export function checkClaims(data: Dataset): ClaimCheck[] {
  const series = displaySeries(data.observations);
  const total = (period: string) => {
    const o = findFigure(series, period, "CA5", "total");
    if (!o || o.currency !== "USD") throw new Error(`no US-dollar CA5 total for ${period} in data/observations.json`);
    return o;
  };
  const claims = data.context.claims;
  const out: ClaimCheck[] = [];
  let statedTotal: { claim: Claim; value: Ratio; tol: Ratio } | undefined;
  let statedChange: { value: Ratio; tol: Ratio } | undefined;

  for (const c of claims) {
    const stated = mul(parseDecimal(c.stated), pow10(UNIT_EXP[c.unit]));
    const almost = c.qualifier === "almost";
    if (c.compare.kind === "figure") {
      const o = total(c.compare.period);
      const tol = halfLastDigit(c.stated, c.unit);
      statedTotal = { claim: c, value: stated, tol };
      out.push(check({ id: c.id, kind: "stated", quote: c.quote, says: "figure", currency: c.currency, stated, data: o.amount, rule: { code: "half-last-digit", tolerance: tol, almost }, sourceIds: [o.sourceId] }, almost));
    } else if (c.compare.kind === "change") {
      const now = total(c.compare.period);
      const before = total(String(Number(c.compare.period) - 1));
      const tol = halfLastDigit(c.stated, c.unit);
      statedChange = { value: stated, tol };
      out.push(
        check(
          { id: c.id, kind: "stated", quote: c.quote, says: "change", currency: c.currency, stated, data: sub(now.amount, before.amount), rule: { code: "half-last-digit", tolerance: tol, almost }, sourceIds: [now.sourceId, before.sourceId] },
          almost,
        ),
      );
    } else {
      const period = c.compare.period;
      const month = data.rates.find((r) => r.quote === "IDR" && r.basis === "monthly_average" && r.period === period);
      if (!month) throw new Error(`no monthly USD/IDR average for ${period} in data/rates.json`);
      const percent = ratio(1n, 100n);
      out.push(
        check(
          { id: c.id, kind: "stated", quote: c.quote, says: "rate", currency: "IDR", stated, data: month.value, rule: { code: "rate-within-month", tolerance: mul(month.value, percent), percent }, sourceIds: [month.sourceId] },
          false,
        ),
      );
    }
  }

  // What the article implies but does not state.
  if (statedTotal) {
    const rate = articleRate(data.rates);
    const o = total("2024");
    out.push(
      check(
        {
          id: "total-2024-idr",
          kind: "implied",
          quote: null,
          currency: "IDR",
          stated: mul(statedTotal.value, rate.value),
          data: mul(o.amount, rate.value),
          rule: { code: "half-last-digit", tolerance: mul(statedTotal.tol, rate.value), almost: true },
          sourceIds: [o.sourceId, rate.sourceId],
          derivation: { kind: "times-rate", usd: statedTotal.value, rate: rate.value },
        },
        true,
      ),
    );
    if (statedChange) {
      const before = total("2023");
      out.push(
        check(
          {
            id: "total-2023",
            kind: "implied",
            quote: null,
            currency: "USD",
            stated: sub(statedTotal.value, statedChange.value),
            data: before.amount,
            rule: { code: "half-last-digit", tolerance: add(statedTotal.tol, statedChange.tol), almost: false },
            sourceIds: [before.sourceId],
            derivation: { kind: "total-minus-change", year: 2024, total: statedTotal.value, change: statedChange.value },
          },
          false,
        ),
      );
    }
  }
  return out;
}
