import type { CpiRecord, ObservationRecord, RateRecord } from "@/lib/schema/data";
import type { CompactDataset, CompactFormula, CompactSource, CpiRow, ObservationRow, RateRow } from "@/lib/schema/compact";
import type { Formula } from "@/lib/schema/formula";
import { observationKeyText } from "./formula";
import { reshapeCpi, reshapeObservation, reshapeRate } from "./reshape";
import type { Dataset, Observation, Rate, TradeData } from "./types";

/**
 * The dataset the browser computes every view from, sent once and cached: observations and rates
 * as rows of their data/ fields (decimal strings, so values stay exact), sources as what a source
 * line needs. Rebuilt in the browser with the same reshape code the server uses. Its types are
 * lib/schema/compact.ts's (imported as types only: the browser does without the schema library).
 */
export type { CompactDataset, CompactSource };

/** What the browser's figures need from data/: the trade data, and sources without their quotations. */
export type BrowserData = TradeData & { sources: Readonly<Record<string, CompactSource>> };

/** A formula whose inputs name observations by row; one naming a row that is not there keeps its key. */
function compactFormula(f: Formula, rows: ReadonlyMap<string, number>): CompactFormula {
  const inputs = f.inputs.map((i) => {
    const row = "ref" in i ? rows.get(observationKeyText(i.ref)) : undefined;
    return row === undefined ? i : { row, ...(i.precision ? { precision: i.precision } : {}) };
  });
  return { op: f.op, inputs, ...(f.precision ? { precision: f.precision } : {}) };
}

export function toCompact(data: Dataset): CompactDataset {
  const sources: Record<string, CompactSource> = {};
  for (const [id, s] of data.sources) sources[id] = { publisher: s.publisher, title: s.title, published: s.published, url: s.url };
  const rows = new Map(data.observations.map((o, i) => [observationKeyText(o), i]));
  return {
    observations: data.observations.map((o): ObservationRow => [
      ...([o.period, o.periodType, o.reporter, o.partner, o.flow, o.statedValue, o.unit, o.currency, o.status, o.primary ? 1 : 0, o.sourceId, o.derivation ?? "", o.note ?? ""] as const),
      o.noteId ?? "",
      o.formula ? compactFormula(o.formula, rows) : null,
    ]),
    // The reader's own rate is never part of the data.
    rates: data.rates.flatMap((r): RateRow[] => (r.basis === "reader_stated" ? [] : [[r.quote, r.period, r.basis, r.statedValue, r.sourceId, r.preferred ? 1 : 0]])),
    cpi: data.cpi.map((c): CpiRow => [String(c.year), c.statedValue, c.sourceId]),
    sources,
  };
}

/** A row's formula with each `{ row }` input back to the key of the observation in that row. */
function fullFormula(f: CompactFormula, all: readonly ObservationRow[]): Formula {
  const inputs = f.inputs.map((i) => {
    if (!("row" in i)) return i;
    const [period, , reporter, partner, flow, , , currency, , , sourceId] = all[i.row] ?? [];
    if (!period || !reporter || !partner || !flow || !currency || !sourceId) throw new RangeError(`a formula names row ${i.row}, which the dataset does not have`);
    return { ref: { period, reporter, partner, flow, currency, sourceId }, ...(i.precision ? { precision: i.precision } : {}) };
  });
  return { op: f.op, inputs, ...(f.precision ? { precision: f.precision } : {}) };
}

export function observationFromRow([period, periodType, reporter, partner, flow, value, unit, currency, status, primary, sourceId, derivation, note, noteId, formula]: ObservationRow, all: readonly ObservationRow[]): Observation {
  const rec: ObservationRecord = { period, periodType, reporter, partner, flow, value, unit, currency, status, primary: primary === 1, sourceId };
  if (derivation) rec.derivation = derivation;
  if (formula) rec.formula = fullFormula(formula, all);
  if (note) rec.note = note;
  if (noteId) rec.noteId = noteId;
  return reshapeObservation(rec);
}

export function rateFromRow([quote, period, basis, value, sourceId, preferred]: RateRow): Rate {
  const rec: RateRecord = { base: "USD", quote, period, basis, value, sourceId };
  if (preferred) rec.preferred = true;
  return reshapeRate(rec);
}

export const cpiFromRow = ([period, value, sourceId]: CpiRow) => reshapeCpi({ series: "CPI-U", period, value, sourceId } satisfies CpiRecord);

export function fromCompact(c: CompactDataset): BrowserData {
  return { observations: c.observations.map((row) => observationFromRow(row, c.observations)), rates: c.rates.map(rateFromRow), cpi: c.cpi.map(cpiFromRow), sources: c.sources };
}

/** A cheap shape check for the browser, which does without the schema library. */
export function isCompactDataset(body: unknown): body is CompactDataset {
  if (typeof body !== "object" || body === null) return false;
  const b = body as Record<string, unknown>;
  return Array.isArray(b.observations) && Array.isArray(b.rates) && Array.isArray(b.cpi) && typeof b.sources === "object" && b.sources !== null;
}
