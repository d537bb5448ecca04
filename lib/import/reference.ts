import { isDecimal } from "@/lib/money/ratio";
import { observationDraft, observationRecord, sourceRecord, type ObservationRecord, type SourceRecord } from "@/lib/schema/data";
import type { Formula } from "@/lib/schema/formula";
import { rowReader, type CsvTable, type ImportIssue } from "./csv";

/** A record read from a file, with the line it came from. */
export type Parsed<T> = { line: number; record: T };
export type ParseResult<T> = { records: Parsed<T>[]; issues: ImportIssue[] };

/** Where a schema field lives in our reference layout, so errors name the file's column. */
const OBSERVATION_COLUMN: Record<string, string> = { periodType: "period_type", sourceId: "source_id", derivation: "note", formula: "note" };

export function zodIssues(line: number, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, columns: Record<string, string>): ImportIssue[] {
  return error.issues.map((i) => {
    const field = String(i.path[0] ?? "");
    return { line, column: columns[field] ?? (field || "(row)"), message: i.message };
  });
}

/** A derived row's formula, or why it has none (lib/import/formulas.ts). */
export type FormulaOf = (record: ObservationRecord) => { formula: Formula } | { problem: string };

/**
 * Our reference layout (the columns of shared/reference/trade.csv), validated by the app's own
 * schema. With `formulaOf`, each derived row gets its formula; without, rows are drafts (a first
 * reading, for looking inputs up in).
 */
export function readReferenceObservations(table: CsvTable, formulaOf?: FormulaOf): ParseResult<ObservationRecord> {
  const records: Parsed<ObservationRecord>[] = [];
  const issues: ImportIssue[] = [];
  for (const row of table.rows) {
    const get = rowReader(table.header, row);
    const value = get("value");
    if (!isDecimal(value)) {
      issues.push({ line: row.line, column: "value", message: `"${value}" is not a number: write a plain decimal such as 94.82 (no thousands separators, a dot for decimals)` });
      continue;
    }
    const primary = get("primary");
    if (primary !== "yes" && primary !== "no") {
      issues.push({ line: row.line, column: "primary", message: `"${primary}" must be yes or no` });
      continue;
    }
    const status = get("status");
    const note = get("note");
    // A derived figure's note is its derivation: the reference files say how in that column.
    const text = status === "derived" ? { derivation: note || undefined } : note ? { note } : {};
    const draft = observationDraft.safeParse({
      period: get("period"),
      periodType: get("period_type"),
      reporter: get("reporter"),
      partner: get("partner"),
      flow: get("flow"),
      value,
      unit: get("unit"),
      currency: get("currency"),
      status,
      primary: primary === "yes",
      sourceId: get("source_id"),
      ...text,
    });
    if (!draft.success) {
      issues.push(...zodIssues(row.line, draft.error, OBSERVATION_COLUMN));
      continue;
    }
    if (!formulaOf) {
      records.push({ line: row.line, record: draft.data });
      continue;
    }
    const found = draft.data.status === "derived" ? formulaOf(draft.data) : undefined;
    if (found && "problem" in found) {
      issues.push({ line: row.line, column: "note", message: found.problem });
      continue;
    }
    const parsed = observationRecord.safeParse(found ? { ...draft.data, formula: found.formula } : draft.data);
    if (parsed.success) records.push({ line: row.line, record: parsed.data });
    else issues.push(...zodIssues(row.line, parsed.error, OBSERVATION_COLUMN));
  }
  return { records, issues };
}

/**
 * A date as precise as the list gives it. "c. 2010" or "2026-01-14 (posted 2026-01-28)" keep
 * their words in `dateAsStated`; the date they start from is what sorting and display use.
 */
function sourceDate(text: string): { published: string | null; dateAsStated?: string } {
  if (!text) return { published: null };
  const m = /(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?/.exec(text);
  if (!m) return { published: text };
  return m[0] === text ? { published: text } : { published: m[0], dateAsStated: text };
}

/** A reference sources file (sources.csv, or sources-history.csv with its `date`/`supporting_text` spelling). */
export function readReferenceSources(table: CsvTable): ParseResult<SourceRecord> {
  const records: Parsed<SourceRecord>[] = [];
  const issues: ImportIssue[] = [];
  const has = new Set(table.header);
  const dateColumn = has.has("published") ? "published" : "date";
  const supportsColumn = has.has("supports") ? "supports" : "supporting_text";
  for (const row of table.rows) {
    const get = rowReader(table.header, row);
    const parsed = sourceRecord.safeParse({
      id: get("id"),
      publisher: get("publisher"),
      title: get("title"),
      ...sourceDate(get(dateColumn)),
      url: get("url"),
      supports: get(supportsColumn),
    });
    if (parsed.success) records.push({ line: row.line, record: parsed.data });
    else issues.push(...zodIssues(row.line, parsed.error, { published: dateColumn, supports: supportsColumn }));
  }
  return { records, issues };
}
