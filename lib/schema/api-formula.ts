import { z } from "zod";
import { FORMULA_OPS } from "./formula";
import { currency, flow, partner, rateQuote, reporter, storedRateBasis, unit } from "./primitives";

/**
 * A derived figure's formula with each input's number in place: what data/'s formula names by key
 * (another observation, a rate), looked up. Pages write "how it was computed" from it in their own
 * language (lib/view/derivation.ts); the API hands it out as it is, beside the English `derivation`.
 */

const precision = z.string().optional().describe("the step of the last place the number was rounded to, in its own unit");

/** An amount: another observation of data/ (its cell given) or an amount a source's text states (no cell). */
const amountInput = z.object({
  kind: z.literal("amount"),
  value: z.string().describe("as its source states it, a decimal string"),
  unit,
  currency,
  sourceId: z.string(),
  /** The observation the amount is, where data/ holds one: period, reporter, partner and flow. */
  cell: z.object({ period: z.string(), reporter, partner, flow }).optional(),
  precision,
});
const growthInput = z.object({ kind: z.literal("growth"), percent: z.string().describe("a growth in percent, -5.2 for a fall of 5.2%"), sourceId: z.string(), precision });
const rateInput = z.object({
  kind: z.literal("rate"),
  value: z.string().describe("units of quote per US dollar"),
  quote: rateQuote,
  basis: storedRateBasis,
  period: z.string(),
  sourceId: z.string(),
  precision,
});

export const workedInput = z.discriminatedUnion("kind", [amountInput, growthInput, rateInput]);

export const workedFormula = z
  .object({ op: z.enum(FORMULA_OPS), inputs: z.array(workedInput), precision })
  .describe(
    "How a derived figure is computed, as data: sum, difference (first less second), mean, before-growth (amount ÷ (1 + growth/100)) or convert (amount ÷ rate), each input with its number and source",
  );

export type WorkedInput = z.infer<typeof workedInput>;
export type WorkedFormula = z.infer<typeof workedFormula>;
