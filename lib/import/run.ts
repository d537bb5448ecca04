import { formatDataError, validateDataset } from "@/lib/data/validate";
import type { CpiRecord, ObservationRecord, RateRecord, SourceRecord } from "@/lib/schema/data";
import { ImportFileError, parseCsv, widthIssues, type ImportIssue } from "./csv";
import { readComtrade } from "./comtrade";
import { formulaFor, importPool } from "./formulas";
import { applyObservations, applySources, diffObservations, diffSources, observationKeys, sourceKeys, type Diff, type Entry } from "./diff";
import { detectLayout, type Layout } from "./layouts";
import { applyByKey, diffByKey, productKeys, readProducts, readTargets, targetKeys } from "./composition";
import type { CompositionFile, ProductRecord, TargetRecord } from "@/lib/schema/composition";
import { applyCpi, applyRates, cpiKeys, diffCpi, diffRates, rateKeys, readCpi, readRates } from "./rates";
import { readReferenceObservations, readReferenceSources, type Parsed, type ParseResult } from "./reference";
import { repeatedKeys, type KeySpec } from "./repeats";
import { withIndonesianNotes, type Translations } from "./translations";

/** data/ as its JSON files hold it. */
export type DataFiles = {
  observations: { observations: ObservationRecord[] };
  sources: { sources: SourceRecord[] };
  rates: { rates: RateRecord[] };
  prices: { cpi: CpiRecord[] };
  composition: CompositionFile;
  context: unknown;
};

export type InputFile = { name: string; text: string };
/**
 * `reword`: where a file describes a source or figure data/ holds in other words, take the file's words.
 * `translations`: the Indonesian of notes (lib/import/translations.ts), joined to every record of data/.
 */
export type Options = { sourceId?: string; preferNew?: boolean; reword?: boolean; translations?: Translations };

export type FileDiff = { file: string; layout: Layout; kind: "observations" | "sources" | "rates" | "prices" | "products" | "targets"; diff: Diff<ObservationRecord> | Diff<SourceRecord> | Diff<RateRecord> | Diff<CpiRecord> | Diff<ProductRecord> | Diff<TargetRecord> };
export type ImportResult = { files: FileDiff[]; next: DataFiles };

function missingSourceHelp(id: string | undefined): string {
  const example = id ?? "un-comtrade-2026";
  return (
    `${id ? `--source ${id} is not in data/sources.json` : "a Comtrade file needs --source ID"}: ` +
    `add the source first with a CSV of the columns id,publisher,title,published,url,supports, e.g.\n` +
    `  id,publisher,title,published,url,supports\n` +
    `  ${example},United Nations Statistics Division,UN Comtrade: China's trade with Central Asia,2026-02-01,https://comtradeplus.un.org/,the export query you downloaded\n` +
    `then run: npm run data:import -- sources.csv FILE --source ${example} --write`
  );
}

/**
 * The records of a file, or an ImportFileError naming, in line order, every malformed row, every
 * row whose source data/ does not have yet (where `sourceOf` is given) and every repeated key.
 */
function checked<T>(file: string, read: ParseResult<T>, keys: KeySpec<T>, known: ReadonlySet<string>, sourceOf?: (record: T) => string): Parsed<T>[] {
  const unknown: ImportIssue[] = sourceOf
    ? read.records
        .filter((r) => !known.has(sourceOf(r.record)))
        .map((r) => ({ line: r.line, column: "source_id", message: `unknown source id "${sourceOf(r.record)}": import its sources file first (same command, listed before this file)` }))
    : [];
  const issues = [...read.issues, ...unknown, ...repeatedKeys(read.records, keys)];
  if (issues.length) throw new ImportFileError(file, issues.sort((a, b) => a.line - b.line));
  return read.records;
}

/**
 * Every observation row of the run's files, read once before the import so that a formula's
 * inputs are found in any file of the run, whatever the order. Malformed files give what they can:
 * the import proper names their problems.
 */
function readAllObservations(files: readonly InputFile[], sourceId: string | undefined): ObservationRecord[] {
  return files.flatMap((file) => {
    try {
      const table = parseCsv(file.text);
      const layout = detectLayout(table);
      if (!layout.ok || widthIssues(table).length) return [];
      if (layout.layout === "reference-observations") return readReferenceObservations(table).records.map((r) => r.record);
      return layout.layout === "comtrade" && sourceId ? readComtrade(table, sourceId).records.map((r) => r.record) : [];
    } catch (err) {
      if (err instanceof ImportFileError) return [];
      throw err;
    }
  });
}

/**
 * Reads each file in order against data/ as the earlier files left it, so a sources file given
 * first makes its ids known to the observations after it. Throws ImportFileError naming line
 * and column on the first malformed file; nothing is written by this function.
 */
export function runImport(data: DataFiles, files: readonly InputFile[], options: Options): ImportResult {
  let observations = data.observations.observations;
  let sources = data.sources.sources;
  let rates = data.rates.rates;
  let cpi = data.prices.cpi;
  let { products, targets } = data.composition;
  const out: FileDiff[] = [];
  const firstReading = readAllObservations(files, options.sourceId);
  for (const file of files) {
    let table;
    try {
      table = parseCsv(file.text);
    } catch (err) {
      if (err instanceof ImportFileError) throw new ImportFileError(file.name, err.issues);
      throw err;
    }
    const layout = detectLayout(table);
    if (!layout.ok) throw new ImportFileError(file.name, layout.issues);
    // Checked before any row is read: a misaligned row's cells would be read under other columns.
    const ragged = widthIssues(table);
    if (ragged.length) throw new ImportFileError(file.name, ragged);
    const known = new Set(sources.map((s) => s.id));
    if (layout.layout === "reference-sources") {
      const diff = diffSources(sources, checked(file.name, readReferenceSources(table), sourceKeys, known));
      sources = applySources(sources, diff, options);
      out.push({ file: file.name, layout: layout.layout, kind: "sources", diff });
      continue;
    }
    if (layout.layout === "rates") {
      const diff = diffRates(rates, checked(file.name, readRates(table), rateKeys, known, (r) => r.rate.sourceId));
      rates = applyRates(rates, diff, options.preferNew ?? false);
      out.push({ file: file.name, layout: layout.layout, kind: "rates", diff });
      continue;
    }
    if (layout.layout === "products") {
      const diff = diffByKey(products, checked(file.name, readProducts(table), productKeys, known, (r) => r.sourceId), productKeys);
      products = applyByKey(products, diff, productKeys.key);
      out.push({ file: file.name, layout: layout.layout, kind: "products", diff });
      continue;
    }
    if (layout.layout === "targets") {
      const diff = diffByKey(targets, checked(file.name, readTargets(table), targetKeys, known, (r) => r.sourceId), targetKeys);
      targets = applyByKey(targets, diff, targetKeys.key);
      out.push({ file: file.name, layout: layout.layout, kind: "targets", diff });
      continue;
    }
    if (layout.layout === "cpi") {
      const diff = diffCpi(cpi, checked(file.name, readCpi(table), cpiKeys, known, (r) => r.sourceId));
      cpi = applyCpi(cpi, diff);
      out.push({ file: file.name, layout: layout.layout, kind: "prices", diff });
      continue;
    }
    if (layout.layout === "comtrade" && (!options.sourceId || !known.has(options.sourceId))) {
      throw new ImportFileError(file.name, [{ line: 0, column: "", message: missingSourceHelp(options.sourceId) }]);
    }
    const pool = importPool([...data.observations.observations, ...firstReading], rates);
    const read = layout.layout === "comtrade" ? readComtrade(table, options.sourceId as string) : readReferenceObservations(table, (r) => formulaFor(r, pool));
    const diff = diffObservations(observations, checked(file.name, read, observationKeys, known, (r) => r.sourceId));
    observations = applyObservations(observations, diff, options);
    out.push({ file: file.name, layout: layout.layout, kind: "observations", diff });
  }
  const imported: DataFiles = { ...data, observations: { observations }, sources: { sources }, rates: { rates }, prices: { cpi }, composition: { products, targets } };
  // Joined to all of data/, not only this run's records: a line added to the translations reaches every note it names.
  const next = options.translations ? withIndonesianNotes(imported, options.translations) : imported;
  const check = validateDataset(next);
  if (!check.ok) {
    throw new ImportFileError("(data/ after the import)", check.errors.map((e) => ({ line: 0, column: "", message: formatDataError(e) })));
  }
  return { files: out, next };
}

type JsonEntry = { file: string; kind: FileDiff["kind"]; line: number; label: string; record: unknown; before?: unknown; otherWording?: true };

/** The `--json` shape: one object, each list with the file and line every entry came from. */
export function diffJson(files: readonly FileDiff[]): Record<keyof Diff<unknown>, JsonEntry[]> {
  const lists: Record<keyof Diff<unknown>, JsonEntry[]> = { added: [], unchanged: [], changed: [], conflicts: [] };
  for (const f of files) {
    for (const key of Object.keys(lists) as (keyof Diff<unknown>)[]) {
      for (const e of f.diff[key] as Entry<unknown>[]) {
        lists[key].push({ file: f.file, kind: f.kind, line: e.line, label: e.label, record: e.record, ...(e.before ? { before: e.before } : {}), ...(e.otherWording ? { otherWording: true as const } : {}) });
      }
    }
  }
  return lists;
}
