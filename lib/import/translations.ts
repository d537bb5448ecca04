import { ImportFileError, parseCsv, rowReader, widthIssues, type ImportIssue } from "./csv";
import type { CompositionFile } from "@/lib/schema/composition";
import type { ObservationRecord } from "@/lib/schema/data";

/**
 * The Indonesian of every note in data/. The reference files are English and read-only, so the
 * Indonesian lives in our own file, lib/import/translations/notes-id.csv (columns en,id: a note as
 * data/ holds it, and its Indonesian, written and reviewed by hand), which every import joins:
 * a note is given the Indonesian its exact English has there. A note the file lacks gets none,
 * and the import refuses to write it (data:check names it too): add its line to the file.
 */

export const TRANSLATIONS_FILE = "lib/import/translations/notes-id.csv";

export type Translations = ReadonlyMap<string, string>;

/** The files of data/ whose records have notes a page can show (lib/import/run.ts's DataFiles has them). */
type Noted = { observations: { observations: ObservationRecord[] }; composition: CompositionFile };

/** en → id; a line without both, or an English note given twice, is named by line. */
export function readTranslations(text: string, file = TRANSLATIONS_FILE): Translations {
  const table = parseCsv(text);
  const issues: ImportIssue[] = [];
  if (table.header.join(",") !== "en,id") issues.push({ line: 1, column: "", message: `the header must be "en,id", found "${table.header.join(",")}"` });
  issues.push(...widthIssues(table));
  const out = new Map<string, string>();
  const first = new Map<string, number>();
  for (const row of table.rows) {
    const get = rowReader(table.header, row);
    const [en, id] = [get("en"), get("id")];
    if (!en || !id) issues.push({ line: row.line, column: en ? "id" : "en", message: "every line needs the English note and its Indonesian" });
    else if (first.has(en)) issues.push({ line: row.line, column: "en", message: `the same English note is on line ${first.get(en)}: keep one` });
    else {
      first.set(en, row.line);
      out.set(en, id);
    }
  }
  if (issues.length) throw new ImportFileError(file, issues);
  return out;
}

/** A record with its Indonesian note as the translations give it (none where they have none). */
function joined<T extends { note?: string; noteId?: string }>(record: T, translations: Translations): T {
  const out = { ...record };
  delete out.noteId;
  const id = record.note === undefined ? undefined : translations.get(record.note);
  if (id !== undefined) out.noteId = id;
  return out;
}

/** Every note of data/ that a page can show, given its Indonesian: observations, product groups, targets. */
export function withIndonesianNotes<D extends Noted>(data: D, translations: Translations): D {
  const { products, targets } = data.composition;
  return {
    ...data,
    observations: { observations: data.observations.observations.map((o) => joined(o, translations)) },
    composition: { products: products.map((p) => joined(p, translations)), targets: targets.map((t) => joined(t, translations)) },
  };
}

/** English notes the translations hold that no record of data/ has: kept out, so the file stays the notes' own. */
export function unusedTranslations(data: Noted, translations: Translations): string[] {
  const notes = new Set([...data.observations.observations, ...data.composition.products, ...data.composition.targets].flatMap((r) => (r.note ? [r.note] : [])));
  return [...translations.keys()].filter((en) => !notes.has(en));
}
