/**
 * `npm run data:import -- FILE [FILE…] [--source ID] [--write] [--prefer-new] [--reword] [--json]`
 *
 * Reads our reference layout (trade.csv's columns), a reference sources file, or a UN Comtrade
 * export, validates every row with the app's schemas and prints what would change in data/.
 * Nothing is written without --write; a malformed file exits 1 naming line and column, and
 * data/ stays exactly as it was.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatIssue, ImportFileError } from "../lib/import/csv";
import type { Entry } from "../lib/import/diff";
import { readInputs } from "../lib/import/files";
import { missingIndonesianNotes } from "../lib/data/notes";
import { formatDataError } from "../lib/data/validate";
import { diffJson, runImport, type DataFiles, type FileDiff } from "../lib/import/run";
import { readTranslations, TRANSLATIONS_FILE, unusedTranslations } from "../lib/import/translations";

const USAGE = "usage: npm run data:import -- FILE [FILE…] [--source ID] [--write] [--prefer-new] [--reword] [--json] [--data DIR]";

function parseArgs(argv: string[]) {
  const files: string[] = [];
  const flags = { write: false, preferNew: false, reword: false, json: false, sourceId: undefined as string | undefined, dataDir: "data" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--write") flags.write = true;
    else if (a === "--prefer-new") flags.preferNew = true;
    else if (a === "--reword") flags.reword = true;
    else if (a === "--json") flags.json = true;
    else if (a === "--source") flags.sourceId = argv[++i];
    else if (a === "--data") flags.dataDir = argv[++i] ?? "data";
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (!files.length) throw new Error(USAGE);
  return { files, ...flags };
}

const NAMES = { observations: "observations.json", sources: "sources.json", rates: "rates.json", prices: "prices.json", composition: "composition.json", context: "context.json" } as const;

function readData(dir: string): DataFiles {
  const read = (name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8"));
  // The price index file starts empty the first time CPI values are imported.
  const prices = existsSync(path.join(dir, NAMES.prices)) ? read(NAMES.prices) : { cpi: [] };
  const composition = existsSync(path.join(dir, NAMES.composition)) ? read(NAMES.composition) : { products: [], targets: [] };
  return { observations: read(NAMES.observations), sources: read(NAMES.sources), rates: read(NAMES.rates), prices, composition, context: read(NAMES.context) };
}

/** Each file is written whole to a temporary name and renamed, so a crash never leaves half a file. */
function writeData(dir: string, data: DataFiles) {
  for (const key of ["observations", "sources", "rates", "prices", "composition"] as const) {
    const file = path.join(dir, NAMES[key]);
    writeFileSync(`${file}.tmp`, `${JSON.stringify(data[key], null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
  }
}

function printText(files: readonly FileDiff[], write: boolean, preferNew: boolean, reword: boolean) {
  for (const f of files) {
    const d = f.diff;
    console.log(`${f.file} (${f.layout}): ${d.added.length} added, ${d.unchanged.length} unchanged, ${d.changed.length} changed, ${d.conflicts.length} conflicting`);
    const list = (sign: string, entries: Entry<unknown>[], extra: (e: Entry<unknown>) => string = () => "") => {
      for (const e of entries.slice(0, 50)) console.log(`  ${sign} line ${e.line}: ${e.label}${extra(e)}`);
      if (entries.length > 50) console.log(`  … and ${entries.length - 50} more (--json lists all)`);
    };
    const val = (r: unknown) => {
      const o = r as { value?: string; unit?: string; currency?: string };
      if (!o.value) return "";
      return o.unit ? `${o.value} ${o.unit} ${o.currency}` : o.value;
    };
    list("+", d.added as Entry<unknown>[], (e) => (f.kind !== "sources" ? ` = ${val(e.record)}${f.kind === "observations" && !(e.record as { primary: boolean }).primary ? " (alternative)" : ""}` : ""));
    const reworded = (d.unchanged as Entry<unknown>[]).filter((e) => e.otherWording);
    list("=", reworded, () => (reword ? ": same facts, other wording: this file's words replace data/'s (--reword)" : ": same facts, other wording: data/ keeps its own (--reword takes this file's)"));
    // A derived figure whose value stays and whose formula is new or other: its note was read again.
    const formulaOnly = (e: Entry<unknown>) => {
      const [a, b] = [e.before, e.record] as { status?: string; periodType?: string }[];
      return f.kind === "observations" && val(e.before) === val(e.record) && a?.status === b?.status && a?.periodType === b?.periodType;
    };
    list("~", d.changed as Entry<unknown>[], (e) => (f.kind === "sources" ? ": another URL or date under this id" : formulaOnly(e) ? `: ${val(e.record)}, its formula read from the note (data/ has ${(e.before as { formula?: unknown }).formula ? "another" : "none"})` : `: ${val(e.before)} → ${val(e.record)}`));
    list("!", d.conflicts as Entry<unknown>[], (e) => {
      const before = e.before as { sourceId: string };
      const fate = preferNew ? "becomes the primary; the old one an alternative" : "enters as an alternative (--prefer-new makes it the primary)";
      return `: ${val(e.record)} against the primary ${val(e.before)} (${before.sourceId}); ${fate}`;
    });
  }
  console.log(write ? "data/ updated and re-validated." : "Dry run: data/ unchanged. Add --write to apply.");
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const data = readData(args.dataDir);
  const read = readInputs(args.files);
  if (!read.ok) refuse(read.problems);
  try {
    const translations = readTranslations(readFileSync(TRANSLATIONS_FILE, "utf8"));
    const result = runImport(data, read.inputs, { sourceId: args.sourceId, preferNew: args.preferNew, reword: args.reword, translations });
    // A note without its Indonesian would reach the Indonesian page in English: nothing is written.
    const untranslated = missingIndonesianNotes(result.next.observations.observations, result.next.composition);
    if (untranslated.length) refuse(untranslated.map(formatDataError));
    const unused = unusedTranslations(result.next, translations);
    if (unused.length) console.warn(`${TRANSLATIONS_FILE}: ${unused.length} line(s) translate a note data/ no longer has, e.g. "${unused[0]}"`);
    if (args.write) writeData(args.dataDir, result.next);
    if (args.json) console.log(JSON.stringify(diffJson(result.files), null, 2));
    else printText(result.files, args.write, args.preferNew, args.reword);
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    refuse(err.issues.map((issue) => formatIssue(err.file, issue)));
  }
}

function refuse(problems: readonly string[]): never {
  console.error(`data:import: nothing written; fix these and run again:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}

main();
