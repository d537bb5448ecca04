import { observationLabel, UNIT_EXPONENT } from "@/lib/data/reshape";
import { parseScaled, toInteger } from "@/lib/money/ratio";
import type { ObservationRecord, SourceRecord } from "@/lib/schema/data";
import type { Parsed } from "./reference";
import type { KeySpec } from "./repeats";

/**
 * What an import would do to data/. A cell is one period, reporter, partner, flow and currency;
 * a figure is a cell as one source states it.
 *   added      a figure data/ does not have (an alternative where the cell already has a primary)
 *   unchanged  the same figure with the same value to the dollar (or yuan), status and period type
 *   changed    the same source's figure with another value, status or period type: a revision
 *   conflicts  a primary figure from another source whose value differs from data/'s primary
 *
 * Wording is not a revision. Two reference files may cite one source (the same id, page and date)
 * and describe it, or a figure from it, in their own words: the ytd files cite pages the history
 * already cited, with their own publisher line, title and notes. Were wording a change, importing
 * one file and then re-running the other would flip data/ back and forth. So an entry with the same
 * facts but other words is unchanged, `otherWording` set and `before` holding data/'s record, which
 * data/ keeps; `--reword` takes the file's words instead.
 */
export type Entry<T> = { line: number; label: string; record: T; before?: T; otherWording?: true };
export type Diff<T> = { added: Entry<T>[]; unchanged: Entry<T>[]; changed: Entry<T>[]; conflicts: Entry<T>[] };

export const emptyDiff = <T>(): Diff<T> => ({ added: [], unchanged: [], changed: [], conflicts: [] });

const cellKey = (o: ObservationRecord) => `${o.period}|${o.reporter}|${o.partner}|${o.flow}|${o.currency}`;
const figureKey = (o: ObservationRecord) => `${cellKey(o)}|${o.sourceId}`;
const figureLabel = (o: ObservationRecord) => `${observationLabel(o)} (${o.sourceId})`;
/** One figure per cell and source: the same cell from another source is an alternative, not a repeat. */
export const observationKeys: KeySpec<ObservationRecord> = { key: figureKey, label: figureLabel, value: (o) => `${o.value} ${o.unit} ${o.currency}` };
export const sourceKeys: KeySpec<SourceRecord> = { key: (s) => s.id, label: (s) => s.id };
/** Whole currency units: "to the dollar" is how two values are the same. */
export const wholeUnits = (o: ObservationRecord): bigint => toInteger(parseScaled(o.value, UNIT_EXPONENT[o.unit]));

/** JSON with keys in one order, so two formulas built in different orders compare equal. */
const canonical = (x: unknown): string =>
  Array.isArray(x) ? `[${x.map(canonical).join(",")}]` : x && typeof x === "object" ? `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`).join(",")}}` : JSON.stringify(x);

/**
 * The facts of a figure: its value to the dollar, status, period type and formula (what it is
 * computed from); a note or derivation is its wording. A formula read anew from the same words is
 * a change where data/'s row has none or another one (its inputs were found elsewhere, or are now in data/).
 */
const sameFacts = (a: ObservationRecord, b: ObservationRecord) =>
  wholeUnits(a) === wholeUnits(b) && a.status === b.status && a.periodType === b.periodType && canonical(a.formula) === canonical(b.formula);
const sameWording = (a: ObservationRecord, b: ObservationRecord) => (a.derivation ?? "") === (b.derivation ?? "") && (a.note ?? "") === (b.note ?? "");

/** Unchanged; with `before` and `otherWording` where only the words differ. */
function unchangedEntry<T>(line: number, label: string, record: T, before: T, sameWords: boolean): Entry<T> {
  return sameWords ? { line, label, record } : { line, label, record, before, otherWording: true };
}

export function diffObservations(existing: readonly ObservationRecord[], incoming: readonly Parsed<ObservationRecord>[]): Diff<ObservationRecord> {
  const diff = emptyDiff<ObservationRecord>();
  const byFigure = new Map(existing.map((o) => [figureKey(o), o]));
  const primaries = new Map(existing.filter((o) => o.primary).map((o) => [cellKey(o), o]));
  for (const { line, record } of incoming) {
    const label = figureLabel(record);
    const before = byFigure.get(figureKey(record));
    if (before) {
      if (sameFacts(before, record)) diff.unchanged.push(unchangedEntry(line, label, record, before, sameWording(before, record)));
      else diff.changed.push({ line, label, record, before });
      continue;
    }
    const primary = primaries.get(cellKey(record));
    if (record.primary && primary && wholeUnits(primary) !== wholeUnits(record)) diff.conflicts.push({ line, label, record, before: primary });
    else if (record.primary && primary) diff.added.push({ line, label, record: { ...record, primary: false } });
    else diff.added.push({ line, label, record });
    if (record.primary && !primary) primaries.set(cellKey(record), record);
    byFigure.set(figureKey(record), record);
  }
  return diff;
}

export type ApplyOptions = { preferNew?: boolean; reword?: boolean };

/** The entries whose record replaces data/'s: revisions, and other wording where `reword` asks for it. */
const replacing = <T>(diff: Diff<T>, reword: boolean | undefined) => [...diff.changed, ...(reword ? diff.unchanged.filter((e) => e.otherWording) : [])];

/**
 * data/ after the diff. A changed figure keeps data/'s choice of primary. A conflicting value
 * enters as an alternative; with `preferNew` it becomes the primary and the old one an alternative.
 */
export function applyObservations(existing: readonly ObservationRecord[], diff: Diff<ObservationRecord>, { preferNew = false, reword }: ApplyOptions = {}): ObservationRecord[] {
  const replaced = new Map<ObservationRecord, ObservationRecord>();
  for (const c of replacing(diff, reword)) if (c.before) replaced.set(c.before, { ...c.record, primary: c.before.primary });
  if (preferNew) for (const c of diff.conflicts) if (c.before) replaced.set(c.before, { ...c.before, primary: false });
  const kept = existing.map((o) => replaced.get(o) ?? o);
  const conflicts = diff.conflicts.map((c) => ({ ...c.record, primary: preferNew }));
  return sortObservations([...kept, ...diff.added.map((a) => a.record), ...conflicts]);
}

const ORDER = ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "WLD", "CHN", "IDN"];
const FLOW_ORDER = ["total", "export", "import"];

/** China's figures first, then each country's own; by period, partner, flow; the primary first. */
export function sortObservations(list: readonly ObservationRecord[]): ObservationRecord[] {
  const rank = (o: ObservationRecord) => [o.reporter === "CHN" ? "" : o.reporter, o.period, String(ORDER.indexOf(o.partner)), String(FLOW_ORDER.indexOf(o.flow)), o.primary ? "0" : "1", o.currency, o.sourceId];
  return [...list].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) {
      const d = (x[i] as string).localeCompare(y[i] as string);
      if (d) return d;
    }
    return 0;
  });
}

/** One document: the same page of the same date. Publisher line, title and quotation describe it. */
const sameDocument = (a: SourceRecord, b: SourceRecord) => a.url === b.url && a.published === b.published;
const sameSource = (a: SourceRecord, b: SourceRecord) => JSON.stringify(a) === JSON.stringify(b);

export function diffSources(existing: readonly SourceRecord[], incoming: readonly Parsed<SourceRecord>[]): Diff<SourceRecord> {
  const diff = emptyDiff<SourceRecord>();
  const byId = new Map(existing.map((s) => [s.id, s]));
  for (const { line, record } of incoming) {
    const before = byId.get(record.id);
    const label = record.id;
    if (!before) diff.added.push({ line, label, record });
    else if (sameDocument(before, record)) diff.unchanged.push(unchangedEntry(line, label, record, before, sameSource(before, record)));
    else diff.changed.push({ line, label, record, before });
    // data/'s words stay the reference for a later file unless they are replaced.
    if (!before || !sameDocument(before, record)) byId.set(record.id, record);
  }
  return diff;
}

export function applySources(existing: readonly SourceRecord[], diff: Diff<SourceRecord>, { reword }: ApplyOptions = {}): SourceRecord[] {
  const changed = new Map(replacing(diff, reword).map((c) => [c.record.id, c.record]));
  return [...existing.map((s) => changed.get(s.id) ?? s), ...diff.added.map((a) => a.record)];
}
