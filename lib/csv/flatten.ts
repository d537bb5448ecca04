import { csvText, type CsvColumn } from "./cell";

/**
 * A JSON record as one CSV row, named as the API's CSVs name every column: snake_case of the JSON
 * key, a nested object's fields as `parent_child` (stated.value → stated_value), a list as one
 * cell of JSON text (exact, and one column however long the list), null and absent as empty.
 */

export const snakeCase = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function flatRecord(record: Readonly<Record<string, unknown>>, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    const name = `${prefix}${snakeCase(key)}`;
    if (value === null || value === undefined) out[name] = "";
    else if (Array.isArray(value)) out[name] = JSON.stringify(value);
    else if (typeof value === "object") Object.assign(out, flatRecord(value as Record<string, unknown>, `${name}_`));
    else out[name] = String(value);
  }
  return out;
}

/** Records as CSV, each column the flatRecord field of its name: values exactly as the JSON has them. */
export function recordsCsv(columns: readonly CsvColumn[], records: readonly Readonly<Record<string, unknown>>[]): string {
  return csvText(
    columns,
    records.map((r) => {
      const flat = flatRecord(r);
      return columns.map((c) => flat[c.name] ?? "");
    }),
  );
}
