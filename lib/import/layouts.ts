import type { CsvTable, ImportIssue } from "./csv";

/** The file layouts the importer reads, told apart by their header. */
export type Layout = "reference-observations" | "reference-sources" | "comtrade" | "rates" | "cpi" | "products" | "targets";

export const REFERENCE_OBSERVATION_COLUMNS = ["period", "period_type", "reporter", "partner", "flow", "value", "currency", "unit", "status", "primary", "source_id", "note"] as const;

/** Both spellings our reference folders use for the same two columns. */
export const REFERENCE_SOURCE_COLUMNS = ["id", "publisher", "title", ["published", "date"], "url", ["supports", "supporting_text"]] as const;

/** The columns of a Comtrade export the importer needs; the other 40 are read only if present. */
export const COMTRADE_COLUMNS = ["freqCode", "refYear", "reporterCode", "flowCode", "partnerCode", "cmdCode", "primaryValue"] as const;

/** rates.csv; rates/rates-full.csv adds a `primary` column. */
export const RATE_COLUMNS = ["base", "quote", "period", "basis", "value", "source_id"] as const;
export const CPI_COLUMNS = ["series", "period", "value", "source_id"] as const;

export const PRODUCT_COLUMNS = ["year", "reporter", "partner", "flow", "product_group", "value", "currency", "unit", "status", "source_id"] as const;
export const TARGET_COLUMNS = ["pair", "target_value", "currency", "unit", "target_year", "announced", "source_id"] as const;

const LAYOUTS: { layout: Layout; marker: string; required: readonly (string | readonly string[])[] }[] = [
  { layout: "comtrade", marker: "primaryValue", required: COMTRADE_COLUMNS },
  { layout: "reference-observations", marker: "period_type", required: REFERENCE_OBSERVATION_COLUMNS },
  { layout: "reference-sources", marker: "publisher", required: REFERENCE_SOURCE_COLUMNS },
  { layout: "products", marker: "product_group", required: PRODUCT_COLUMNS },
  { layout: "targets", marker: "target_value", required: TARGET_COLUMNS },
  { layout: "rates", marker: "quote", required: RATE_COLUMNS },
  { layout: "cpi", marker: "series", required: CPI_COLUMNS },
];

const columnName = (c: string | readonly string[]) => (typeof c === "string" ? c : c.join(" or "));
const expectedLayouts = () => LAYOUTS.map((l) => `${l.layout} (${l.required.map(columnName).join(",")})`).join("; or ");

/** Separators a spreadsheet may save with instead of commas; the whole header is then one cell. */
const OTHER_SEPARATORS: [separator: string, name: string][] = [
  [";", '";"'],
  ["\t", "tabs"],
];

/** Why a header that is not ours cannot be read, where the reason is not a missing column. */
function unreadableHeader(table: CsvTable): ImportIssue | undefined {
  if (!table.header.length) {
    return { line: 0, column: "", message: `the file is empty (or holds only # comment lines); expected a header row of one of these layouts: ${expectedLayouts()}` };
  }
  const [only] = table.header;
  const other = table.header.length === 1 ? OTHER_SEPARATORS.find(([sep]) => only?.includes(sep)) : undefined;
  if (other) return { line: 1, column: "", message: `the header is separated by ${other[1]} — expected commas (save as CSV with comma separators)` };
  return undefined;
}

/**
 * Which layout a header is, and the columns it lacks. A header matching none names what each
 * layout would have needed, so a maintainer can tell a typo from a wrong file.
 */
export function detectLayout(table: CsvTable): { ok: true; layout: Layout } | { ok: false; issues: ImportIssue[] } {
  const unreadable = unreadableHeader(table);
  if (unreadable) return { ok: false, issues: [unreadable] };
  const have = new Set(table.header);
  const found = LAYOUTS.find((l) => have.has(l.marker));
  if (!found) {
    return { ok: false, issues: [{ line: 1, column: "", message: `header matches no known layout; expected ${expectedLayouts()}` }] };
  }
  const missing = found.required.filter((c) => (typeof c === "string" ? !have.has(c) : !c.some((x) => have.has(x))));
  if (missing.length) {
    return { ok: false, issues: missing.map((c) => ({ line: 1, column: columnName(c), message: `missing column "${columnName(c)}" (a ${found.layout} file needs it)` })) };
  }
  return { ok: true, layout: found.layout };
}
