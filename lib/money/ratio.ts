/**
 * Exact rational numbers on BigInt. Money never passes through a float: amounts and
 * rates are parsed from decimal strings, multiplied and divided exactly, and only
 * rounded when a number is finally written out (see `toDecimalString`).
 */
export type Ratio = { readonly num: bigint; readonly den: bigint };

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function normalise(num: bigint, den: bigint): Ratio {
  if (den === 0n) throw new RangeError("division by zero");
  // Whole amounts are the common case (every figure in whole dollars or yuan): no gcd needed.
  if (den === 1n) return { num, den };
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export function ratio(num: bigint, den: bigint = 1n): Ratio {
  return normalise(num, den);
}

/** Parses a plain decimal string ("94.82", "-0.5"); anything else is a RangeError. */
export function parseDecimal(text: string): Ratio {
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`not a decimal number: "${text}"`);
  const [, minus, int = "0", frac = ""] = m;
  const num = BigInt(int + frac) * (minus ? -1n : 1n);
  return normalise(num, 10n ** BigInt(frac.length));
}

export const isDecimal = (text: string): boolean => DECIMAL.test(text);

/** A decimal string times 10^exp, exactly: "94.82" × 10^9 = 94820000000. Skips the gcd when the result is whole. */
export function parseScaled(text: string, exp: number): Ratio {
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`not a decimal number: "${text}"`);
  const [, minus, int = "0", frac = ""] = m;
  const num = BigInt(int + frac) * (minus ? -1n : 1n);
  if (frac.length <= exp) return { num: num * 10n ** BigInt(exp - frac.length), den: 1n };
  return normalise(num, 10n ** BigInt(frac.length - exp));
}

export const mul = (a: Ratio, b: Ratio): Ratio => normalise(a.num * b.num, a.den * b.den);
export const div = (a: Ratio, b: Ratio): Ratio => normalise(a.num * b.den, a.den * b.num);
export const add = (a: Ratio, b: Ratio): Ratio => normalise(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Ratio, b: Ratio): Ratio => add(a, { num: -b.num, den: b.den });
export const pow10 = (exp: number): Ratio =>
  exp >= 0 ? { num: 10n ** BigInt(exp), den: 1n } : { num: 1n, den: 10n ** BigInt(-exp) };

export const compare = (a: Ratio, b: Ratio): number => {
  const d = a.num * b.den - b.num * a.den;
  return d === 0n ? 0 : d < 0n ? -1 : 1;
};
export const isZero = (a: Ratio): boolean => a.num === 0n;
export const abs = (a: Ratio): Ratio => (a.num < 0n ? { num: -a.num, den: a.den } : a);

/** Rounds half away from zero to `places` decimals: the only place a value is rounded. */
export function roundTo(a: Ratio, places: number): Ratio {
  const scale = 10n ** BigInt(places);
  const scaled = abs(a).num * scale;
  const q = scaled / a.den;
  const rem = scaled % a.den;
  const rounded = rem * 2n >= a.den ? q + 1n : q;
  return normalise(a.num < 0n ? -rounded : rounded, scale);
}

/** Whole units, rounded half away from zero. */
export function toInteger(a: Ratio): bigint {
  if (a.den === 1n) return a.num;
  const r = roundTo(a, 0);
  return r.num / r.den;
}

/** A plain decimal string with exactly `places` decimals, e.g. for Intl.NumberFormat (which formats strings exactly). */
export function toDecimalString(a: Ratio, places: number): string {
  const r = roundTo(a, places);
  const scale = 10n ** BigInt(places);
  const scaled = (r.num * scale) / r.den;
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, "0");
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places);
  return `${neg ? "-" : ""}${int}${places > 0 ? `.${frac}` : ""}`;
}

/** True when the decimal expansion ends within `places` digits (so no rounding would happen). */
export function isExactAt(a: Ratio, places: number): boolean {
  return (a.num * 10n ** BigInt(places)) % a.den === 0n;
}

/** For charts only: the nearest float. Never feed this back into a money calculation. */
export const toNumber = (a: Ratio): number => Number(toDecimalString(a, 6));
