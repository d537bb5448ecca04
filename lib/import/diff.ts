import { observationLabel, UNIT_EXPONENT } from "@/lib/data/reshape";
import { parseScaled, toInteger } from "@/lib/money/ratio";
import type { ObservationRecord, SourceRecord } from "@/lib/schema/data";
import type { Parsed } from "./reference";
import type { KeySpec } from "./repeats";

/**
 * What an import would do to data/. A cell is one period, reporter, partner, flow and currency;
 * a figure is a cell as one source states it.
 *   added      a figure data/ does not have (an alternative where the cell already has a primary)
 *   unchanged  the same figure with the same value to the dollar (or yuan)
 *   changed    the same source's figure with another value, status or wording
 *   conflicts  a primary figure from another source whose value differs from data/'s primary
 */
export type Entry<T> = { line: number; label: string; record: T; before?: T };
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

const sameWording = (a: ObservationRecord, b: ObservationRecord) =>
  a.status === b.status && a.periodType === b.periodType && (a.derivation ?? "") === (b.derivation ?? "") && (a.note ?? "") === (b.note ?? "");

export function diffObservations(existing: readonly ObservationRecord[], incoming: readonly Parsed<ObservationRecord>[]): Diff<ObservationRecord> {
  const diff = emptyDiff<ObservationRecord>();
  const byFigure = new Map(existing.map((o) => [figureKey(o), o]));
  const primaries = new Map(existing.filter((o) => o.primary).map((o) => [cellKey(o), o]));
  for (const { line, record } of incoming) {
    const label = figureLabel(record);
    const before = byFigure.get(figureKey(record));
    if (before) {
      const same = wholeUnits(before) === wholeUnits(record) && sameWording(before, record);
      (same ? diff.unchanged : diff.changed).push({ line, label, record, ...(same ? {} : { before }) });
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

/**
 * data/ after the diff. A changed figure keeps data/'s choice of primary. A conflicting value
 * enters as an alternative; with `preferNew` it becomes the primary and the old one an alternative.
 */
export function applyObservations(existing: readonly ObservationRecord[], diff: Diff<ObservationRecord>, preferNew: boolean): ObservationRecord[] {
  const replaced = new Map<ObservationRecord, ObservationRecord>();
  for (const c of diff.changed) if (c.before) replaced.set(c.before, { ...c.record, primary: c.before.primary });
  if (preferNew) for (const c of diff.conflicts) if (c.before) replaced.set(c.before, { ...c.before, primary: false });
  const kept = existing.map((o) => replaced.get(o) ?? o);
  const conflicts = diff.conflicts.map((c) => ({ ...c.record, primary: preferNew }));
  return sortObservations([...kept, ...diff.added.map((a) => a.record), ...conflicts]);
}

const ORDER = ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "WLD", "CHN"];
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

const sameSource = (a: SourceRecord, b: SourceRecord) => JSON.stringify(a) === JSON.stringify(b);

export function diffSources(existing: readonly SourceRecord[], incoming: readonly Parsed<SourceRecord>[]): Diff<SourceRecord> {
  const diff = emptyDiff<SourceRecord>();
  const byId = new Map(existing.map((s) => [s.id, s]));
  for (const { line, record } of incoming) {
    const before = byId.get(record.id);
    const label = record.id;
    if (!before) diff.added.push({ line, label, record });
    else if (sameSource(before, record)) diff.unchanged.push({ line, label, record });
    else diff.changed.push({ line, label, record, before });
    byId.set(record.id, record);
  }
  return diff;
}

export function applySources(existing: readonly SourceRecord[], diff: Diff<SourceRecord>): SourceRecord[] {
  const changed = new Map(diff.changed.map((c) => [c.record.id, c.record]));
  return [...existing.map((s) => changed.get(s.id) ?? s), ...diff.added.map((a) => a.record)];
}
