import { isDecimal, parseDecimal, sub } from "@/lib/money/ratio";
import { cpiRecord, rateRecord, type CpiRecord, type RateRecord } from "@/lib/schema/data";
import { rowReader, type CsvTable, type ImportIssue } from "./csv";
import { emptyDiff, type Diff } from "./diff";
import { zodIssues, type Parsed, type ParseResult } from "./reference";
import type { KeySpec } from "./repeats";

/** A rate row and whether its file calls it the value to use (rates-full.csv's `primary`). */
export type RateRow = { rate: RateRecord; primary: boolean | undefined };

const RATE_COLUMN: Record<string, string> = { sourceId: "source_id" };

function decimalIssue(line: number, value: string): ImportIssue {
  return { line, column: "value", message: `"${value}" is not a number: write a plain decimal such as 6.7290 (no thousands separators, a dot for decimals)` };
}

/** rates.csv and rates/rates-full.csv: the second adds `primary` (yes, or no for a cross-check). */
export function readRates(table: CsvTable): ParseResult<RateRow> {
  const records: Parsed<RateRow>[] = [];
  const issues: ImportIssue[] = [];
  const hasPrimary = table.header.includes("primary");
  for (const row of table.rows) {
    const get = rowReader(table.header, row);
    if (!isDecimal(get("value"))) {
      issues.push(decimalIssue(row.line, get("value")));
      continue;
    }
    const primary = hasPrimary ? get("primary") : "";
    if (hasPrimary && primary !== "yes" && primary !== "no") {
      issues.push({ line: row.line, column: "primary", message: `"${primary}" must be yes or no` });
      continue;
    }
    const note = get("note");
    const parsed = rateRecord.safeParse({ base: get("base"), quote: get("quote"), period: get("period"), basis: get("basis"), value: get("value"), sourceId: get("source_id"), ...(note ? { note } : {}) });
    if (parsed.success) records.push({ line: row.line, record: { rate: parsed.data, primary: hasPrimary ? primary === "yes" : undefined } });
    else issues.push(...zodIssues(row.line, parsed.error, RATE_COLUMN));
  }
  return { records, issues };
}

/** rates/cpi-u.csv: one price index value per series and year. */
export function readCpi(table: CsvTable): ParseResult<CpiRecord> {
  const records: Parsed<CpiRecord>[] = [];
  const issues: ImportIssue[] = [];
  for (const row of table.rows) {
    const get = rowReader(table.header, row);
    if (!isDecimal(get("value"))) {
      issues.push(decimalIssue(row.line, get("value")));
      continue;
    }
    const note = get("note");
    const parsed = cpiRecord.safeParse({ series: get("series"), period: get("period"), value: get("value"), sourceId: get("source_id"), ...(note ? { note } : {}) });
    if (parsed.success) records.push({ line: row.line, record: parsed.data });
    else issues.push(...zodIssues(row.line, parsed.error, RATE_COLUMN));
  }
  return { records, issues };
}

const groupKey = (r: RateRecord) => `${r.quote}|${r.period}|${r.basis}`;
const rateKey = (r: RateRecord) => `${groupKey(r)}|${r.sourceId}`;
const sameValue = (a: RateRecord, b: RateRecord) => sub(parseDecimal(a.value), parseDecimal(b.value)).num === 0n;
export const rateLabel = (r: RateRecord) => `USD/${r.quote} ${r.period} ${r.basis} (${r.sourceId})`;
/** One rate per source: rates-full.csv gives a rate from several sources, the cross-checks. */
export const rateKeys: KeySpec<RateRow> = { key: (r) => rateKey(r.rate), label: (r) => rateLabel(r.rate), value: (r) => r.rate.value };

/** data/ holds one index value per series and year, whatever its source. */
const cpiKey = (c: CpiRecord) => `${c.series}|${c.period}`;
export const cpiKeys: KeySpec<CpiRecord> = { key: cpiKey, label: (c) => `${c.series} ${c.period}`, value: (c) => c.value };

/**
 * What a rates file would do. A rate is one quote, period and basis; several sources may give it.
 *   unchanged  the same source's rate with the same value, or the same value already held from
 *              another source of that basis (the Fed's series and its G.5A releases)
 *   changed    the same source's rate with another value or note
 *   added      a rate data/ does not have; a cross-check (primary "no") enters as not preferred
 *   conflicts  a primary rate whose value differs from the one data/ uses for that rate
 */
export function diffRates(existing: readonly RateRecord[], incoming: readonly Parsed<RateRow>[]): Diff<RateRecord> {
  const diff = emptyDiff<RateRecord>();
  const bySource = new Map(existing.map((r) => [rateKey(r), r]));
  const groups = new Map<string, RateRecord[]>();
  for (const r of existing) groups.set(groupKey(r), [...(groups.get(groupKey(r)) ?? []), r]);
  for (const { line, record } of incoming) {
    const { rate, primary } = record;
    const label = rateLabel(rate);
    const before = bySource.get(rateKey(rate));
    if (before) {
      const same = sameValue(before, rate) && (before.note ?? "") === (rate.note ?? "");
      (same ? diff.unchanged : diff.changed).push({ line, label, record: rate, ...(same ? {} : { before }) });
      continue;
    }
    const group = groups.get(groupKey(rate)) ?? [];
    const held = group.find((r) => sameValue(r, rate));
    if (held) {
      diff.unchanged.push({ line, label: `${label}: same value already held from ${held.sourceId}`, record: rate });
      continue;
    }
    const used = group.find((r) => r.preferred) ?? group[0];
    if (used && primary === true) diff.conflicts.push({ line, label, record: rate, before: used });
    else diff.added.push({ line, label: used ? `${label} (cross-check)` : label, record: used ? { ...rate, preferred: false } : rate });
    groups.set(groupKey(rate), [...group, rate]);
    bySource.set(rateKey(rate), rate);
  }
  return diff;
}

/**
 * data/ after the diff. Where a rate comes to have several values, exactly one is preferred: the
 * one data/ used, unless `preferNew` makes a conflicting primary the preferred one.
 */
export function applyRates(existing: readonly RateRecord[], diff: Diff<RateRecord>, preferNew: boolean): RateRecord[] {
  const changed = new Map(diff.changed.map((c) => [c.before as RateRecord, { ...c.record, ...(c.before?.preferred !== undefined ? { preferred: c.before.preferred } : {}) }]));
  const conflicts = diff.conflicts.map((c) => c.record);
  const list = [...existing.map((r) => changed.get(r) ?? r), ...diff.added.map((a) => a.record), ...conflicts];
  const groups = new Map<string, RateRecord[]>();
  for (const r of list) groups.set(groupKey(r), [...(groups.get(groupKey(r)) ?? []), r]);
  const chosen = new Set<RateRecord>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const pick = (preferNew ? group.find((r) => conflicts.includes(r)) : undefined) ?? group.find((r) => r.preferred) ?? group.find((r) => !conflicts.includes(r) && r.preferred !== false) ?? group[0];
    if (pick) chosen.add(pick);
  }
  // A rate only one source gives needs no preference; an old flag from across bases is dropped.
  return list.map((r) => {
    if ((groups.get(groupKey(r))?.length ?? 0) >= 2) return { ...r, preferred: chosen.has(r) };
    const rest = { ...r };
    delete rest.preferred;
    return rest;
  });
}

export function diffCpi(existing: readonly CpiRecord[], incoming: readonly Parsed<CpiRecord>[]): Diff<CpiRecord> {
  const diff = emptyDiff<CpiRecord>();
  const byKey = new Map(existing.map((c) => [cpiKey(c), c]));
  for (const { line, record } of incoming) {
    const key = cpiKey(record);
    const before = byKey.get(key);
    const label = `${record.series} ${record.period} (${record.sourceId})`;
    if (!before) diff.added.push({ line, label, record });
    else if (JSON.stringify(before) === JSON.stringify(record)) diff.unchanged.push({ line, label, record });
    else diff.changed.push({ line, label, record, before });
    byKey.set(key, record);
  }
  return diff;
}

export function applyCpi(existing: readonly CpiRecord[], diff: Diff<CpiRecord>): CpiRecord[] {
  const changed = new Map(diff.changed.map((c) => [cpiKey(c.record), c.record]));
  return [...existing.map((c) => changed.get(cpiKey(c)) ?? c), ...diff.added.map((a) => a.record)].sort((a, b) => a.series.localeCompare(b.series) || a.period.localeCompare(b.period));
}
