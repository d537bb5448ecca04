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
  /** "more than 32 billion": a floor. `tolerance` is half the last digit, as for the others. */
  | { code: "floor"; tolerance: Ratio }
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

/**
 * Half of the last digit written, for a number whose unit is 10^exp: "95" billion (exp 9) → 0.5
 * billion; "5.4" → 0.05 billion; "27" percent (exp −2) → 0.005; "3" times (exp 0) → 0.5.
 */
export function halfLastDigitAt(stated: string, exp: number): Ratio {
  const decimals = stated.includes(".") ? (stated.split(".")[1]?.length ?? 0) : 0;
  return mul(ratio(1n, 2n), pow10(exp - decimals));
}

/** Half of the last digit the article wrote: "95" billion → 0.5 billion; "5.4" → 0.05 billion. */
export const halfLastDigit = (stated: string, unit: Claim["unit"]): Ratio => halfLastDigitAt(stated, UNIT_EXP[unit]);

export function verdictFor(stated: Ratio, data: Ratio, tolerance: Ratio, almost: boolean): Verdict {
  const diff = sub(data, stated);
  if (isZero(diff)) return "matches";
  const within = compare(abs(diff), tolerance) <= 0;
  // "hampir 95" (almost 95) is only right if the true value does not exceed 95.
  const sideOk = !almost || compare(data, stated) <= 0;
  return within && sideOk ? "rounded" : "differs";
}

/**
 * "More than 32": at least the figure and under one more in its last digit (twice the half), as a
 * writer who rounds down to the digits written would have it. A floor is never exact: at best rounded.
 */
export function floorVerdict(stated: Ratio, data: Ratio, half: Ratio): Verdict {
  const diff = sub(data, stated);
  return diff.num >= 0n && compare(diff, mul(half, ratio(2n))) < 0 ? "rounded" : "differs";
}

/** The verdict a rule gives: one function for the article's claims and the checker's. */
export function verdictBy(rule: Rule, stated: Ratio, data: Ratio): Verdict {
  if (rule.code === "rate-within-month") return compare(abs(sub(data, stated)), rule.tolerance) <= 0 ? "matches" : "differs";
  if (rule.code === "floor") return floorVerdict(stated, data, rule.tolerance);
  return verdictFor(stated, data, rule.tolerance, rule.almost);
}

function check(base: Omit<ClaimCheck, "difference" | "relative" | "verdict">): ClaimCheck {
  const difference = sub(base.data, base.stated);
  return { ...base, difference, relative: div(difference, base.data), verdict: verdictBy(base.rule, base.stated, base.data) };
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
      out.push(check({ id: c.id, kind: "stated", quote: c.quote, says: "figure", currency: c.currency, stated, data: o.amount, rule: { code: "half-last-digit", tolerance: tol, almost }, sourceIds: [o.sourceId] }));
    } else if (c.compare.kind === "change") {
      const now = total(c.compare.period);
      const before = total(String(Number(c.compare.period) - 1));
      const tol = halfLastDigit(c.stated, c.unit);
      statedChange = { value: stated, tol };
      out.push(
        check(
          { id: c.id, kind: "stated", quote: c.quote, says: "change", currency: c.currency, stated, data: sub(now.amount, before.amount), rule: { code: "half-last-digit", tolerance: tol, almost }, sourceIds: [now.sourceId, before.sourceId] },
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
        ),
      );
    }
  }
  return out;
}
