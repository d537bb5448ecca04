import { csvText, type CsvColumn } from "@/lib/csv/cell";
import type { Dataset, Observation } from "@/lib/data/types";
import { isExactAt, toDecimalString, toInteger } from "@/lib/money/ratio";
import { FORMULA_OPS } from "@/lib/schema/formula";
import { CURRENCIES, FLOWS, PARTNERS, PERIOD_TYPES, REPORTERS, STATUSES, UNITS } from "@/lib/schema/values";
import { toUsd } from "@/lib/trade/convert";

/** Frictionless Table Schema field types the record uses. */
type FieldType = "string" | "integer" | "number" | "boolean" | "year";

type Constraints = { required?: true; unique?: true; enum?: readonly string[]; pattern?: string; minimum?: number };

/** A column of the whole record: how it is written, and how the data package describes it. */
export type RecordColumn = CsvColumn & {
  type: FieldType;
  description: string;
  constraints?: Constraints;
  cell: (o: Observation, usd: ReturnType<typeof toUsd>) => string;
};

const ESCAPED = "A text beginning with =, +, -, @, an apostrophe, tab or carriage return, or one a spreadsheet would read as a number or date, starts with one extra apostrophe: drop it to get the text.";

/** Whole units of the stated currency; data/ holds none finer, and a finer one must not be rounded here unseen. */
function wholeUnits(o: Observation): string {
  if (!isExactAt(o.amount, 0)) throw new RangeError(`${o.id}: ${o.statedValue} ${o.unit} is not a whole number of ${o.currency}`);
  return toDecimalString(o.amount, 0);
}

/**
 * Every observation in data/, one row each, primary figures and alternatives alike: each field of
 * data/observations.json (snake_case), its key, its year, its whole units, and US dollars for
 * comparing sources. The data package's fields are these, in this order.
 */
export const RECORD_COLUMNS: readonly RecordColumn[] = [
  {
    name: "id",
    kind: "code",
    type: "string",
    description: "The observation's key: period, reporter (when not CHN, followed by >), partner, flow, stated currency and source id, joined by colons.",
    constraints: { required: true, unique: true },
    cell: (o) => o.id,
  },
  {
    name: "period",
    kind: "code",
    type: "string",
    description: 'A year ("2024") or a range of months within one year ("2025-01/2025-05").',
    constraints: { required: true, pattern: "(19|20)\\d{2}(-(0[1-9]|1[0-2])/(19|20)\\d{2}-(0[1-9]|1[0-2]))?" },
    cell: (o) => o.period,
  },
  { name: "period_type", kind: "code", type: "string", description: "year: a full year; ytd: the months of one year that period names.", constraints: { required: true, enum: PERIOD_TYPES }, cell: (o) => o.periodType },
  { name: "year", kind: "number", type: "year", description: "The calendar year the period falls in.", constraints: { required: true }, cell: (o) => String(o.year) },
  {
    name: "reporter",
    kind: "code",
    type: "string",
    description: "Whose figure: CHN (China's customs, through the source) or KAZ, KGZ, TJK, TKM, UZB (that country's own statistics of its trade with China).",
    constraints: { required: true, enum: REPORTERS },
    cell: (o) => o.reporter,
  },
  {
    name: "partner",
    kind: "code",
    type: "string",
    description: "CA5 (the five Central Asian countries together), KAZ, KGZ, TJK, TKM, UZB, WLD (China's trade with the world), or CHN (the partner of a country's own figures).",
    constraints: { required: true, enum: PARTNERS },
    cell: (o) => o.partner,
  },
  { name: "flow", kind: "code", type: "string", description: "total, export (from the reporter to the partner) or import (from the partner to the reporter).", constraints: { required: true, enum: FLOWS }, cell: (o) => o.flow },
  { name: "value", kind: "number", type: "integer", description: "The figure in whole units of currency: stated_value × stated_unit, exact.", constraints: { required: true, minimum: 0 }, cell: wholeUnits },
  { name: "currency", kind: "code", type: "string", description: "The currency the source states the figure in.", constraints: { required: true, enum: CURRENCIES }, cell: (o) => o.currency },
  { name: "stated_value", kind: "number", type: "number", description: "The figure as the source states it, in stated_unit of currency (a decimal, exact).", constraints: { required: true, minimum: 0 }, cell: (o) => o.statedValue },
  { name: "stated_unit", kind: "code", type: "string", description: "The unit of stated_value.", constraints: { required: true, enum: UNITS }, cell: (o) => o.unit },
  {
    name: "value_usd",
    kind: "number",
    type: "integer",
    description: "For comparing sources: the figure in whole US dollars (rounded half away from zero); a yuan figure of a full year divided by that year's average rate (usd_rate); empty for a part-year yuan figure, which no annual average converts.",
    cell: (_, usd) => (usd.ok ? toInteger(usd.value).toString() : ""),
  },
  { name: "usd_rate", kind: "number", type: "number", description: "Yuan per US dollar that value_usd divides a yuan figure by: the year's PBoC official average where the data has it, else the Federal Reserve's; empty for US dollar figures.", cell: (_, usd) => (usd.ok ? (usd.steps[0]?.kind === "rate" ? usd.steps[0].rate.statedValue : "") : "") },
  { name: "usd_rate_source_id", kind: "code", type: "string", description: "The source of usd_rate.", cell: (_, usd) => (usd.ok ? (usd.steps[0]?.kind === "rate" ? usd.steps[0].rate.sourceId : "") : "") },
  {
    name: "status",
    kind: "code",
    type: "string",
    description: "reported: as the source states it; approximate: the source says about, almost or over; derived: computed from other figures (see derivation).",
    constraints: { required: true, enum: STATUSES },
    cell: (o) => o.status,
  },
  {
    name: "primary",
    kind: "code",
    type: "boolean",
    description: "true: the figure the dashboard and /api/trade show for its cell (period, reporter, partner, flow), one per stated currency; false: another source's figure for the same cell (an alternative, shown beside it with the difference).",
    constraints: { required: true },
    cell: (o) => String(o.primary),
  },
  { name: "source_id", kind: "code", type: "string", description: "The source: the id of one of this package's sources (/api/sources lists each with publisher, title, date and link).", constraints: { required: true }, cell: (o) => o.sourceId },
  { name: "derivation", kind: "text", type: "string", description: `How a derived figure was computed. ${ESCAPED}`, cell: (o) => o.derivation ?? "" },
  {
    name: "formula_op",
    kind: "code",
    type: "string",
    description: "A derived figure's operation, which the data check recomputes exactly: sum, difference (the first input less the second), mean, before-growth (the amount ÷ (1 + growth/100)) or convert (the amount ÷ the rate); empty for other figures.",
    constraints: { enum: FORMULA_OPS },
    cell: (o) => o.formula?.op ?? "",
  },
  {
    name: "formula_inputs",
    kind: "text",
    type: "string",
    description: `A derived figure's inputs as JSON, in order: {"ref": key} another observation (by period, reporter, partner, flow, currency and sourceId), {"stated": …} an amount a source states that the record holds no observation of, {"growth": …} a growth in percent, {"rate": key} an exchange rate; "precision" is a rounded input's last place. ${ESCAPED}`,
    cell: (o) => (o.formula ? JSON.stringify(o.formula.inputs) : ""),
  },
  { name: "formula_precision", kind: "number", type: "number", description: "Where a derived figure is written rounded, the step of its last place, in stated_unit: the check allows half of it either side.", constraints: { minimum: 0 }, cell: (o) => o.formula?.precision ?? "" },
  { name: "note", kind: "text", type: "string", description: `The source's context for the figure (growth it states, caveats), in English. ${ESCAPED}`, cell: (o) => o.note ?? "" },
  { name: "note_id", kind: "text", type: "string", description: `The same note in Indonesian (id: the language code), as the Indonesian pages show it. ${ESCAPED}`, cell: (o) => o.noteId ?? "" },
];

/** /api/observations.csv: the whole record, in data/'s order. */
export function observationsCsv(data: Pick<Dataset, "observations" | "rates">): string {
  return csvText(
    RECORD_COLUMNS,
    data.observations.map((o) => {
      const usd = toUsd(o, data.rates);
      return RECORD_COLUMNS.map((c) => c.cell(o, usd));
    }),
  );
}
