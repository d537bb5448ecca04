import { compare, div, ratio, toNumber, type Ratio } from "./ratio";

/**
 * (last ÷ first)^(1/n) − 1 from exact values: the n-th root is the one step taken in floating
 * point (15 significant digits), kept to eight decimals and rounded only when shown.
 */
export function compoundRate(first: Ratio, last: Ratio, years: number): Ratio | null {
  if (years < 1 || compare(first, ratio(0n)) <= 0 || compare(last, ratio(0n)) <= 0) return null;
  const growth = Math.pow(toNumber(div(last, first)), 1 / years) - 1;
  return ratio(BigInt(Math.round(growth * 1e8)), 10n ** 8n);
}
