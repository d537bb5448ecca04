import type { CsvColumn } from "@/lib/csv/cell";

/** /api/targets.csv: every field of a target in the JSON, as flatRecord names it (recentGrowth → recent_growth_*). */
export const TARGET_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: "partner", kind: "code" },
  { name: "value", kind: "number" },
  { name: "unit", kind: "code" },
  { name: "currency", kind: "code" },
  { name: "value_usd", kind: "number" },
  { name: "target_year", kind: "number" },
  { name: "target_year_as_stated", kind: "text" },
  { name: "announced", kind: "text" },
  { name: "announced_date", kind: "code" },
  { name: "reached_in", kind: "number" },
  { name: "late", kind: "code" },
  { name: "missed", kind: "code" },
  { name: "latest_year", kind: "number" },
  { name: "latest_value_usd", kind: "number" },
  { name: "needed_growth", kind: "number" },
  { name: "recent_growth_from", kind: "number" },
  { name: "recent_growth_to", kind: "number" },
  { name: "recent_growth_rate", kind: "number" },
  { name: "compared_with", kind: "text" },
  { name: "source_id", kind: "code" },
  { name: "note", kind: "text" },
  { name: "note_id", kind: "text" },
];

/** /api/composition.csv: every field of a product group in the JSON. */
export const PRODUCT_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: "year", kind: "number" },
  { name: "partner", kind: "code" },
  { name: "flow", kind: "code" },
  { name: "reporter", kind: "code" },
  { name: "product", kind: "text" },
  { name: "code", kind: "text" },
  { name: "classification", kind: "text" },
  { name: "value", kind: "number" },
  { name: "unit", kind: "code" },
  { name: "currency", kind: "code" },
  { name: "value_usd", kind: "number" },
  { name: "share_percent", kind: "number" },
  { name: "status", kind: "code" },
  { name: "source_id", kind: "code" },
  { name: "note", kind: "text" },
  { name: "note_id", kind: "text" },
];
