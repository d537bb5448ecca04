import { add, compare, div, isExactAt, parseScaled, pow10, sub, toDecimalString, type Ratio } from "@/lib/money/ratio";
import type { ObservationRecord, RateRecord } from "@/lib/schema/data";
import type { Formula, FormulaInput, ObservationKey, RateKey } from "@/lib/schema/formula";
import type { Currency } from "@/lib/schema/primitives";
import { observationLabel, UNIT_EXPONENT } from "./reshape";

/**
 * Recomputes a derived figure from its formula, exactly (BigInt rationals), as data:check and the
 * importer both do. Every number is taken as written; one that was rounded (its `precision`) may lie
 * half a unit of its last place either side, so the inputs give a range, not a point, and the figure
 * passes when its own value, give or take its own rounding, meets that range. Nothing else is allowed.
 */

/** Where a formula's refs are looked up. */
export type FormulaData = { observation: (key: ObservationKey) => ObservationRecord | undefined; rate: (key: RateKey) => RateRecord | undefined };

export const observationKeyText = (k: ObservationKey): string => [k.period, k.reporter, k.partner, k.flow, k.currency, k.sourceId].join("|");
const rateKeyText = (k: RateKey): string => [k.quote, k.period, k.basis, k.sourceId].join("|");

export function formulaData(observations: readonly ObservationRecord[], rates: readonly RateRecord[]): FormulaData {
  const byKey = new Map(observations.map((o) => [observationKeyText(o), o]));
  const rateByKey = new Map(rates.map((r) => [rateKeyText(r), r]));
  return { observation: (k) => byKey.get(observationKeyText(k)), rate: (k) => rateByKey.get(rateKeyText(k)) };
}

/** The value from the numbers as written (`mid`), and the least and most their rounding allows. */
export type Range = { mid: Ratio; lo: Ratio; hi: Ratio };
type Value = { range: Range; currency?: Currency; quote?: Currency; text: string };

const exact = (x: Ratio): Range => ({ mid: x, lo: x, hi: x });
const spread = (x: Ratio, half: Ratio): Range => ({ mid: x, lo: sub(x, half), hi: add(x, half) });
const half = (precision: string | undefined, exp: number): Ratio => div(parseScaled(precision ?? "0", exp), { num: 2n, den: 1n });
/** How a message names a rounded number's precision: "23.6 (to 0.1)". */
const rounded = (p: string | undefined) => (p ? ` (to ${p})` : "");

/** A decimal as it ends, or to nine places with "…" where it does not end there. */
export function showDecimal(x: Ratio): string {
  for (let places = 0; places <= 9; places++) if (isExactAt(x, places)) return toDecimalString(x, places);
  return `${toDecimalString(x, 9)}…`;
}

const keyLabel = (k: ObservationKey) => `${observationLabel(k)} (${k.sourceId})`;

function inputValue(input: FormulaInput, data: FormulaData): Value | string {
  if ("ref" in input) {
    const o = data.observation(input.ref);
    if (!o) return `its input ${keyLabel(input.ref)} is not in data/observations.json`;
    const exp = UNIT_EXPONENT[o.unit];
    return { range: spread(parseScaled(o.value, exp), half(input.precision, exp)), currency: o.currency, text: `${keyLabel(input.ref)} ${o.value}${rounded(input.precision)} ${o.unit}` };
  }
  if ("stated" in input) {
    const s = input.stated;
    const exp = UNIT_EXPONENT[s.unit];
    return { range: spread(parseScaled(s.value, exp), half(input.precision, exp)), currency: s.currency, text: `${s.value}${rounded(input.precision)} ${s.unit} ${s.currency} stated by ${s.sourceId}` };
  }
  if ("growth" in input) {
    // The factor a growth of g% multiplies by: 1 + g/100.
    const g = spread(parseScaled(input.growth.percent, 0), half(input.precision, 0));
    const factor = (x: Ratio) => add({ num: 1n, den: 1n }, div(x, pow10(2)));
    return { range: { mid: factor(g.mid), lo: factor(g.lo), hi: factor(g.hi) }, text: `growth ${input.growth.percent}%${rounded(input.precision)} stated by ${input.growth.sourceId}` };
  }
  const r = data.rate(input.rate);
  const k = input.rate;
  if (!r) return `its rate USD/${k.quote} ${k.period} ${k.basis} (${k.sourceId}) is not in data/rates.json`;
  return { range: spread(parseScaled(r.value, 0), half(input.precision, 0)), quote: r.quote, text: `USD/${k.quote} ${k.period} ${k.basis} (${k.sourceId}) ${r.value}${rounded(input.precision)}` };
}

const minMax = (xs: Ratio[]): [Ratio, Ratio] => {
  const sorted = [...xs].sort(compare);
  return [sorted[0] as Ratio, sorted[sorted.length - 1] as Ratio];
};

/** a ÷ b over both ranges; b's range must not reach zero. */
function divide(a: Range, b: Range): Range | string {
  if (compare(b.lo, { num: 0n, den: 1n }) <= 0) return "its divisor can be zero or less";
  const [lo, hi] = minMax([div(a.lo, b.lo), div(a.lo, b.hi), div(a.hi, b.lo), div(a.hi, b.hi)]);
  return { mid: div(a.mid, b.mid), lo, hi };
}

const sumOf = (xs: Range[]): Range => xs.reduce((s, x) => ({ mid: add(s.mid, x.mid), lo: add(s.lo, x.lo), hi: add(s.hi, x.hi) }), exact({ num: 0n, den: 1n }));

/** The formula's result in whole units of `currency`, or why it cannot be computed. */
export function compute(f: Formula, data: FormulaData): { range: Range; currency: Currency; inputs: string[] } | string {
  const values: Value[] = [];
  for (const input of f.inputs) {
    const v = inputValue(input, data);
    if (typeof v === "string") return v;
    values.push(v);
  }
  const [a, b] = values as [Value, Value];
  const inputs = values.map((v) => v.text);
  const amountCurrency = a.currency as Currency;
  if (f.op === "sum" || f.op === "mean" || f.op === "difference") {
    const other = values.find((v) => v.currency !== amountCurrency);
    if (other) return `its inputs are in ${amountCurrency} and ${other.currency}`;
  }
  if (f.op === "sum") return { range: sumOf(values.map((v) => v.range)), currency: amountCurrency, inputs };
  if (f.op === "mean") {
    const s = sumOf(values.map((v) => v.range));
    const n = { num: BigInt(values.length), den: 1n };
    return { range: { mid: div(s.mid, n), lo: div(s.lo, n), hi: div(s.hi, n) }, currency: amountCurrency, inputs };
  }
  if (f.op === "difference") return { range: { mid: sub(a.range.mid, b.range.mid), lo: sub(a.range.lo, b.range.hi), hi: sub(a.range.hi, b.range.lo) }, currency: amountCurrency, inputs };
  if (f.op === "convert" && b.quote !== amountCurrency) return `its amount is in ${amountCurrency}, its rate in ${b.quote} per USD`;
  const range = divide(a.range, b.range);
  if (typeof range === "string") return range;
  return { range, currency: f.op === "convert" ? "USD" : amountCurrency, inputs };
}

const OP_WORDS: Record<Formula["op"], string> = { sum: "sum", difference: "difference", mean: "mean", "before-growth": "before growth", convert: "converted" };

/**
 * Why a derived figure does not equal its formula (naming the formula, the computed and the stored
 * value), or null when it does. A figure without a formula has nothing to recompute here.
 */
export function formulaProblem(o: ObservationRecord, data: FormulaData): string | null {
  const f = o.formula;
  if (!f) return null;
  if (f.inputs.some((i) => "ref" in i && observationKeyText(i.ref) === observationKeyText(o))) return "its formula names the figure itself as an input";
  const result = compute(f, data);
  if (typeof result === "string") return `cannot recompute ${OP_WORDS[f.op]}: ${result}`;
  if (result.currency !== o.currency) return `its formula gives ${result.currency}, the figure is in ${o.currency}`;
  const exp = UNIT_EXPONENT[o.unit];
  const stored = parseScaled(o.value, exp);
  const own = half(f.precision, exp);
  const { lo, hi, mid } = result.range;
  if (compare(stored, sub(lo, own)) >= 0 && compare(stored, add(hi, own)) <= 0) return null;
  const inUnit = (x: Ratio) => showDecimal(div(x, pow10(exp)));
  const allowed = compare(sub(lo, own), add(hi, own)) === 0 ? "" : ` (the stated precision allows ${inUnit(sub(lo, own))} to ${inUnit(add(hi, own))})`;
  return `${o.value} ${o.unit} ${o.currency} does not equal its formula ${OP_WORDS[f.op]}(${result.inputs.join("; ")}) = ${inUnit(mid)} ${o.unit} ${o.currency}${allowed}`;
}
