import { csvText, type CellKind } from "@/lib/csv/cell";
import { flatRecord } from "@/lib/csv/flatten";
import type { TradePoint, TradeQuery, TradeResponse } from "@/lib/schema/api";
import { pricesText, rateBasisText, rateSourcesText, stepsText } from "@/lib/view/csv";

type Column = { name: string; kind: CellKind; cell?: (o: TradePoint, r: TradeResponse) => string };

/**
 * The columns of /api/trade.csv: every field of an observation in the JSON, named and written as
 * flatRecord writes it (lists as JSON text), except `value`, which is `valueText` (the same whole
 * units, exact at any size; the JSON number is null beyond 2^53). The rate columns say in words
 * what `conversion` holds, for a spreadsheet.
 */
const COLUMNS: readonly Column[] = [
  { name: "reporter", kind: "code" },
  { name: "period", kind: "code" },
  { name: "period_type", kind: "code" },
  { name: "year", kind: "number" },
  { name: "partner", kind: "code" },
  { name: "flow", kind: "code" },
  { name: "value", kind: "number", cell: (o) => o.valueText ?? "" },
  { name: "currency", kind: "code" },
  { name: "value_usd", kind: "number" },
  { name: "status", kind: "code" },
  { name: "source_id", kind: "code" },
  { name: "stated_value", kind: "number" },
  { name: "stated_unit", kind: "code" },
  { name: "stated_currency", kind: "code" },
  { name: "rate_basis", kind: "code", cell: (o, r) => rateBasisText(o.conversion.some((s) => s.to === "IDR") ? "IDR" : r.currency, r.rate.basis, o.conversion) },
  { name: "rates_used", kind: "code", cell: (o) => stepsText(o.conversion) },
  { name: "rate_periods", kind: "code", cell: (o) => o.conversion.map((s) => s.ratePeriod).join("; ") },
  { name: "rate_source_ids", kind: "code", cell: (o) => rateSourcesText(o.conversion) },
  { name: "prices", kind: "code", cell: (o) => pricesText(o.conversion) },
  { name: "unavailable_reason", kind: "code" },
  { name: "unavailable_message", kind: "text" },
  { name: "derivation", kind: "text" },
  { name: "formula_op", kind: "code" },
  { name: "formula_inputs", kind: "text" },
  { name: "formula_precision", kind: "number" },
  { name: "note", kind: "text" },
  { name: "note_id", kind: "text" },
  { name: "conversion", kind: "text" },
  { name: "alternatives", kind: "text" },
  { name: "id", kind: "code" },
];

export const TRADE_CSV_COLUMNS = COLUMNS.map((c) => c.name);

/** The JSON answer as CSV, one row per observation. */
export function tradeCsv(r: TradeResponse): string {
  const rows = r.observations.map((o) => {
    const flat = flatRecord(o);
    return COLUMNS.map((c) => (c.cell ? c.cell(o, r) : (flat[c.name] ?? "")));
  });
  return csvText(COLUMNS, rows);
}

/** A file name that names the query, so two downloads never overwrite each other. */
export function tradeCsvFilename(q: TradeQuery): string {
  const parts = [
    "china-central-asia-trade",
    q.reporter,
    q.currency === "IDR" ? `IDR-${q.rate === "custom" ? `your-rate-${q.idrPerUsd}` : q.rate}` : q.prices === "constant" ? `USD-constant-${q.base ?? "latest"}` : q.currency,
    q.partner?.toSorted().join("+") ?? "all-partners",
    q.flow?.toSorted().join("+") ?? "all-flows",
    q.from !== undefined || q.to !== undefined ? `${q.from ?? "first"}-${q.to ?? "last"}` : "all-years",
  ];
  return `${parts.join("_")}.csv`;
}
