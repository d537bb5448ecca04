import { halfLastDigitAt, verdictBy, type Rule, type Verdict } from "@/lib/article/claims";
import { compoundRate } from "@/lib/money/compound";
import { abs, compare, div, ratio, sub, type Ratio } from "@/lib/money/ratio";
import type { Currency } from "@/lib/schema/primitives";
import type { Reading } from "./read";
import { figureOf, mirrorValue, previousPeriod, valuesIn, type Cell, type Data, type Series, type Value } from "./series";
import type { Period } from "./periods";

/**
 * A figure against one series: the series' value for what the figure says (a level, a change, a
 * growth rate, a share or a multiple), by the claim check's rules (lib/article/claims.ts). Where a
 * value may be meant at several rates (rupiah at the article's rate or the year's average), the
 * one that agrees best is taken, and named.
 */

export type SeriesResult = { series: Series; value: Value; verdict: Verdict; difference: Ratio };

export type Judged = Pick<Reading, "kind" | "digits" | "exp" | "qualifier" | "stated" | "average" | "terms"> & { currency: Currency | null; base: Period | null };

/** The rule a figure is held to: half its last digit; a floor for "more than"; not above it for "almost". */
export function ruleFor(r: Pick<Reading, "digits" | "exp" | "qualifier">): Rule {
  const tolerance = halfLastDigitAt(r.digits, r.exp);
  if (r.qualifier === "more-than") return { code: "floor", tolerance };
  return { code: "half-last-digit", tolerance, almost: r.qualifier === "almost" };
}

const ONE = ratio(1n);
const RANK: Record<Verdict, number> = { matches: 0, rounded: 1, differs: 2 };

const DOLLARS = new Set(["stated", "converted"]);

/** Two figures of one basis (both at the article's rate, both at each year's average, both in the currency as stated or converted), pairwise. */
function pairs(now: Value[], before: Value[]): [Value, Value][] {
  return now.flatMap((a) => before.filter((b) => b.basis === a.basis || (DOLLARS.has(a.basis) && DOLLARS.has(b.basis))).map((b): [Value, Value] => [a, b]));
}

const combine = (a: Value, b: Value, amount: Ratio, basis = a.basis): Value => ({ amount, sourceIds: [...new Set([...a.sourceIds, ...b.sourceIds])], rate: a.rate, basis });

/** The series' values for what the figure states, each a candidate for the verdict. */
export function valuesFor(data: Data, s: Series, j: Judged, cell: Cell): Value[] {
  const level = (c: Cell, currency: Currency): Value[] => {
    if (s.kind === "regional") return c.period.period === cell.period.period && c.place === cell.place ? mirrorValue(data, s, currency) : [];
    const o = figureOf(data, s, c, currency);
    return o ? valuesIn(o, currency, data.rates) : [];
  };
  // Rates of change compare like with like: both years in dollars, or both as China stated them in yuan.
  const both = (c0: Cell, f: (now: Ratio, before: Ratio) => Ratio | null): Value[] =>
    (j.terms && j.terms !== "IDR" ? [j.terms] : (["USD", "CNY"] as const)).flatMap((cur) => {
      const stated = (v: Value) => cur === "USD" || v.basis === "stated";
      return pairs(level(cell, cur).filter(stated), level(c0, cur).filter(stated)).flatMap(([a, b]) => {
        const x = f(a.amount, b.amount);
        return x ? [combine(a, b, x, cur === "USD" ? "usd" : "cny")] : [];
      });
    });
  const earlier = { ...cell, period: j.base ?? previousPeriod(cell.period) };
  switch (j.kind) {
    case "level":
      return j.currency ? level(cell, j.currency) : [];
    case "change":
      return j.currency ? pairs(level(cell, j.currency), level(earlier, j.currency)).map(([a, b]) => combine(a, b, sub(a.amount, b.amount))) : [];
    case "growth":
      if (j.average) return j.base ? both(earlier, (n, b) => compoundRate(b, n, cell.period.year - earlier.period.year)) : [];
      return both(earlier, (n, b) => (b.num === 0n ? null : sub(div(n, b), ONE)));
    case "multiple":
      return j.base ? both(earlier, (n, b) => (b.num === 0n ? null : div(n, b))) : [];
    case "share": {
      // A country's share of the five; the five's share of China's trade with the world.
      const whole = cell.place === "CA5" ? "WLD" : cell.place === "WLD" || cell.place === "IDN" ? null : "CA5";
      if (!whole || s.kind !== "china") return [];
      return pairs(level(cell, "USD"), level({ ...cell, place: whole }, "USD")).map(([a, b]) => combine(a, b, div(a.amount, b.amount), "usd"));
    }
  }
}

/** The series' best agreement with the figure, or null where it has no value for it. */
export function judgeSeries(data: Data, s: Series, j: Judged, cell: Cell, rule: Rule): SeriesResult | null {
  const results = valuesFor(data, s, j, cell).map((value) => ({ series: s, value, verdict: verdictBy(rule, j.stated, value.amount), difference: sub(value.amount, j.stated) }));
  return results.toSorted((a, b) => RANK[a.verdict] - RANK[b.verdict] || compare(abs(a.difference), abs(b.difference)))[0] ?? null;
}
