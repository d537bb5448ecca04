/**
 * How every CSV the site serves writes a cell: RFC 4180 quoting, and text that a spreadsheet must
 * read as text. Browser-safe (the figures' downloads use it too): no schema library here.
 */

/**
 * What a column holds, which decides how a spreadsheet may read it:
 * - "number": a plain decimal ("-4.71", "1545186720000000"), written as is so it stays a number;
 * - "code": a value from a fixed set or pattern (an ISO code, a year, a date, a source id),
 *   written as is so a year stays a year and a date a date;
 * - "text": words (notes, derivations, names), always read as text.
 */
export type CellKind = "number" | "code" | "text";

/**
 * A spreadsheet runs a cell beginning with one of these as a formula (OWASP "CSV injection"): "=",
 * "+", "-", "@", tab, carriage return. The apostrophe is on the list too, so that the rule can be
 * undone without guessing: drop one leading apostrophe from any text cell that has one.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

/** Whole cells a spreadsheet turns into a number, percent, date, time or boolean, losing the words. */
const LOOKS_LIKE_VALUE = [
  /^\(?[$€£¥]?\s*\d[\d\s,.]*(e[+-]?\d+)?\s*%?\)?$/i,
  /^\d{1,4}([-/.])\d{1,2}(\1\d{1,4})?$/,
  new RegExp(`^(\\d{1,2}[\\s-])?${MONTH}[\\s-]\\d{1,4}$|^\\d{1,2}[\\s-]${MONTH}$`, "i"),
  /^\d{1,2}:\d{2}(:\d{2})?(\s?[ap]m)?$/i,
  /^(true|false)$/i,
];

/**
 * The cell as a spreadsheet should read it: a text cell that would run as a formula, or that a
 * spreadsheet would turn into a number or date ("+32%", "2024-06-17" as a note), gets a leading
 * apostrophe, which spreadsheets take as "this is text". Numbers are never touched, so value
 * columns stay numbers; a "number" that is not a plain decimal is treated as text, so nothing
 * can pass as a formula through a numeric column. Codes keep dates and years readable as such.
 */
export function sheetSafe(text: string, kind: CellKind): string {
  if (text === "" || (kind === "number" && PLAIN_DECIMAL.test(text))) return text;
  if (FORMULA_START.test(text)) return `'${text}`;
  if (kind !== "code" && LOOKS_LIKE_VALUE.some((re) => re.test(text.trim()))) return `'${text}`;
  return text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export const csvField = (field: string): string => (/[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

export type CsvColumn = { name: string; kind: CellKind };

/** A header row and the rows, each cell made spreadsheet-safe by its column's kind; CRLF line ends. */
export function csvText(columns: readonly CsvColumn[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((c, i) => csvField(sheetSafe(c, columns[i]?.kind ?? "text"))).join(",");
  return `${[columns.map((c) => c.name).join(","), ...rows.map(line)].join("\r\n")}\r\n`;
}
