import { z } from "zod";
import { RATE_BASES_IN_DATA } from "./data";
import { formula, formulaInput } from "./formula";
import { currency, flow, partner, periodType, reporter, status, unit } from "./primitives";

/**
 * GET /api/dataset: the dataset the browser computes every view from, as rows of the data/ files'
 * fields (decimal strings, so values stay exact). These schemas are the definition of its types
 * (lib/data/compact.ts builds and reads it) and of its JSON Schema in the OpenAPI document.
 */

const flag = z.union([z.literal(0), z.literal(1)]);

/**
 * A derived figure's formula as data/ holds it, except that an input naming another observation
 * names it by its index in `observations` (the key it stands for is that row's): a fifth of the size.
 */
export const compactFormula = z
  .object({
    op: formula.shape.op,
    inputs: z.array(z.union([z.object({ row: z.number().int().min(0).describe("index of the observation in observations"), precision: z.string().optional() }), formulaInput])),
    precision: z.string().optional(),
  })
  .describe("formula: as data/observations.json's, an input that names another observation given as { row: its index }");

export const observationRow = z
  .tuple([
    z.string().describe("period: a year (2024), a part of one (2025-01/2025-05) or a month (2026-02)"),
    periodType.describe("periodType"),
    reporter.describe("reporter: who states the figure"),
    partner.describe("partner"),
    flow.describe("flow, from the reporter's side"),
    z.string().describe("value as the source states it, a decimal string"),
    unit.describe("unit of value"),
    currency.describe("currency of value"),
    status.describe("status"),
    flag.describe("primary: 1 for the figure a view shows, 0 for another source's figure of the same cell"),
    z.string().describe("sourceId"),
    z.string().describe("derivation, or empty"),
    z.string().describe("note, or empty"),
    z.string().describe("noteId: the note in Indonesian, or empty"),
    compactFormula.nullable(),
  ])
  .describe("One observation: [period, periodType, reporter, partner, flow, value, unit, currency, status, primary, sourceId, derivation, note, noteId, formula]");

export const rateRow = z
  .tuple([
    z.enum(["IDR", "CNY"]).describe("quote: units of it per US dollar"),
    z.string().describe("period: a day, a month or a year"),
    z.enum(RATE_BASES_IN_DATA).describe("basis"),
    z.string().describe("value, a decimal string"),
    z.string().describe("sourceId"),
    flag.describe("preferred: 1 where several sources give the same quote, period and basis and conversions use this one"),
  ])
  .describe("One exchange rate: [quote, period, basis, value, sourceId, preferred]");

export const cpiRow = z
  .tuple([z.string().describe("year"), z.string().describe("US CPI-U (1982–84 = 100), a decimal string"), z.string().describe("sourceId")])
  .describe("One year of the US CPI-U: [year, value, sourceId]");

export const compactSource = z.object({ publisher: z.string(), title: z.string(), published: z.string().nullable(), url: z.string() });

export const compactDataset = z.object({
  observations: z.array(observationRow),
  rates: z.array(rateRow),
  cpi: z.array(cpiRow),
  /** Keyed by source id: what a source line needs, without the quotation. */
  sources: z.record(z.string(), compactSource),
});

export type ObservationRow = z.infer<typeof observationRow>;
export type RateRow = z.infer<typeof rateRow>;
export type CpiRow = z.infer<typeof cpiRow>;
export type CompactSource = z.infer<typeof compactSource>;
export type CompactFormula = z.infer<typeof compactFormula>;
export type CompactDataset = z.infer<typeof compactDataset>;
