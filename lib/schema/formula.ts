import { z } from "zod";
import { currency, decimalString, flow, nonNegativeDecimal, partner, positiveDecimal, rateQuote, reporter, sourceId, storedRateBasis, unit } from "./primitives";

/**
 * A derived figure's formula: the operation and its inputs, as data, so that data:check can
 * recompute it exactly. The English `derivation` text beside it stays what pages show.
 */

/**
 * One unit in the last place a number was rounded to, in that number's own unit: "0.1" for 23.6
 * billion given to a tenth of a billion, "1" for a growth of 40% given to whole percent. The number's
 * true value lies within half of it either side, and the check allows exactly that.
 */
export const precision = positiveDecimal;

/** An observation of data/observations.json, by what makes it one: its cell and its source. */
export const observationKey = z.strictObject({ period: z.string().min(1), reporter, partner, flow, currency, sourceId });
/** A rate of data/rates.json (units of `quote` per US dollar). */
export const rateKey = z.strictObject({ quote: rateQuote, period: z.string().min(1), basis: storedRateBasis, sourceId });

/** Another observation of data/: the value and unit are that observation's. */
const refInput = z.strictObject({ ref: observationKey, precision: precision.optional() });
/**
 * An amount as a source's text states it, where data/ holds no observation of it: the reason the
 * formula cannot name one. Its source is named like an observation's.
 */
const statedInput = z.strictObject({ stated: z.strictObject({ value: nonNegativeDecimal, unit, currency, sourceId }), precision: precision.optional() });
/** A growth rate a source states, in percent (-5.2 for a fall of 5.2%); a rate of change is never an observation. */
const growthInput = z.strictObject({ growth: z.strictObject({ percent: decimalString, sourceId }), precision: precision.optional() });
/** A rate data/ holds: the amount it divides is in its quote currency, the result in US dollars. */
const rateInput = z.strictObject({ rate: rateKey, precision: precision.optional() });

export const formulaInput = z.union([refInput, statedInput, growthInput, rateInput]);

/**
 * sum: the amounts added; difference: the first less the second; mean: the amounts' sum ÷ their
 * count; before-growth: the amount ÷ (1 + growth/100), a year's figure worked back from the next
 * year's and its growth; convert: the amount ÷ the rate.
 */
export const FORMULA_OPS = ["sum", "difference", "mean", "before-growth", "convert"] as const;

export type FormulaInput = z.infer<typeof formulaInput>;
export type InputKind = "ref" | "stated" | "growth" | "rate";
export type FormulaOp = (typeof FORMULA_OPS)[number];

export const inputKind = (i: FormulaInput): InputKind => ("ref" in i ? "ref" : "stated" in i ? "stated" : "growth" in i ? "growth" : "rate");

/** What each operation takes, in order; `amounts` is two or more refs or stated amounts. */
const SIGNATURES: Record<FormulaOp, { kinds: readonly (readonly InputKind[])[] | "amounts"; says: string }> = {
  sum: { kinds: "amounts", says: "two or more amounts" },
  difference: { kinds: [["ref", "stated"], ["ref", "stated"]], says: "two amounts" },
  mean: { kinds: "amounts", says: "two or more amounts" },
  "before-growth": { kinds: [["ref", "stated"], ["growth"]], says: "an amount, then a growth" },
  convert: { kinds: [["ref", "stated"], ["rate"]], says: "an amount, then a rate" },
};

function fitsSignature(op: FormulaOp, inputs: readonly FormulaInput[]): boolean {
  const { kinds } = SIGNATURES[op];
  const have = inputs.map(inputKind);
  if (kinds === "amounts") return have.length >= 2 && have.every((k) => k === "ref" || k === "stated");
  return have.length === kinds.length && have.every((k, i) => kinds[i]?.includes(k));
}

export const formula = z
  .strictObject({
    op: z.enum(FORMULA_OPS),
    inputs: z.array(formulaInput).min(1),
    /** Where the derived figure is written rounded (a quotient rarely ends), its last place: see `precision`. */
    precision: precision.optional(),
  })
  .superRefine((f, ctx) => {
    if (!fitsSignature(f.op, f.inputs)) {
      ctx.addIssue({ code: "custom", path: ["inputs"], message: `${f.op} takes ${SIGNATURES[f.op].says}; found ${f.inputs.map(inputKind).join(", ")}` });
    }
  });

export type Formula = z.infer<typeof formula>;
export type ObservationKey = z.infer<typeof observationKey>;
export type RateKey = z.infer<typeof rateKey>;
