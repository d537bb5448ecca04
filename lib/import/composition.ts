import { isDecimal } from "@/lib/money/ratio";
import { PRODUCT_UNITS, productRecord, targetRecord, type ProductRecord, type TargetRecord } from "@/lib/schema/composition";
import { rowReader, type CsvTable, type ImportIssue } from "./csv";
import { emptyDiff, type Diff } from "./diff";
import { zodIssues, type Parsed, type ParseResult } from "./reference";
import type { KeySpec } from "./repeats";

/** composition/products.csv writes a plain dollar amount as "dollars (units)". */
const UNIT_SPELLINGS: Record<string, (typeof PRODUCT_UNITS)[number]> = { "dollars (units)": "units" };

const optional = (text: string) => (text === "" ? undefined : text);

export function readProducts(table: CsvTable): ParseResult<ProductRecord> {
  const records: Parsed<ProductRecord>[] = [];
  const issues: ImportIssue[] = [];
  for (const row of table.rows) {
    const get = rowReader(table.header, row);
    const value = get("value");
    if (value && !isDecimal(value)) {
      issues.push({ line: row.line, column: "value", message: `"${value}" is not a number: write a plain decimal, or leave it empty for goods named without a value` });
      continue;
    }
    const unit = get("unit");
    const parsed = productRecord.safeParse({
      year: get("year"),
      reporter: get("reporter"),
      partner: get("partner"),
      flow: get("flow"),
      product: get("product_group"),
      code: optional(get("product_code")),
      classification: optional(get("classification")),
      value: optional(value),
      unit: optional(UNIT_SPELLINGS[unit] ?? unit),
      currency: optional(get("currency")),
      sharePercent: optional(get("share_pct")),
      status: get("status"),
      sourceId: get("source_id"),
      note: optional(get("note")),
    });
    if (parsed.success) records.push({ line: row.line, record: parsed.data });
    else issues.push(...zodIssues(row.line, parsed.error, { product: "product_group", code: "product_code", sharePercent: "share_pct", sourceId: "source_id" }));
  }
  return { records, issues };
}

/** "2030", "2030 (per Asia24; …)", "2019 (five years from 2014)": the year; "near future" (no year): none. */
const yearIn = (text: string): number | null => {
  const m = /^(19|20)\d{2}\b/.exec(text.trim());
  return m ? Number(m[0]) : null;
};

/** The first date in "2023-05 (Tokayev after talks…)" or "set by heads of state (cited 2022-11-29 …)". */
const dateIn = (text: string): string | null => /(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?/.exec(text)?.[0] ?? null;

export function readTargets(table: CsvTable): ParseResult<TargetRecord> {
  const records: Parsed<TargetRecord>[] = [];
  const issues: ImportIssue[] = [];
  for (const row of table.rows) {
    const get = rowReader(table.header, row);
    const pair = /^CHN-([A-Z0-9]{3})$/.exec(get("pair"));
    if (!pair) {
      issues.push({ line: row.line, column: "pair", message: `"${get("pair")}" must be CHN- and a partner, e.g. CHN-KAZ or CHN-CA5` });
      continue;
    }
    const stated = get("target_year");
    const parsed = targetRecord.safeParse({
      partner: pair[1],
      value: get("target_value"),
      unit: get("unit"),
      currency: get("currency"),
      targetYear: yearIn(stated),
      ...(stated && stated !== String(yearIn(stated)) ? { targetYearAsStated: stated } : {}),
      announced: get("announced"),
      announcedDate: dateIn(get("announced")),
      sourceId: get("source_id"),
      note: optional(get("note")),
    });
    if (parsed.success) records.push({ line: row.line, record: parsed.data });
    else issues.push(...zodIssues(row.line, parsed.error, { partner: "pair", value: "target_value", targetYear: "target_year", sourceId: "source_id" }));
  }
  return { records, issues };
}

/** A record as a file states it: the Indonesian of its note is ours, joined after the diff (lib/import/translations.ts). */
const asStated = <T>(r: T): string => JSON.stringify({ ...r, noteId: undefined });

/** Added, unchanged or changed by a key; composition files have no primary figure to conflict with. */
export function diffByKey<T>(existing: readonly T[], incoming: readonly Parsed<T>[], { key, label }: KeySpec<T>): Diff<T> {
  const diff = emptyDiff<T>();
  const byKey = new Map(existing.map((r) => [key(r), r]));
  for (const { line, record } of incoming) {
    const before = byKey.get(key(record));
    if (!before) diff.added.push({ line, label: label(record), record });
    else if (asStated(before) === asStated(record)) diff.unchanged.push({ line, label: label(record), record });
    else diff.changed.push({ line, label: label(record), record, before });
    byKey.set(key(record), record);
  }
  return diff;
}

export function applyByKey<T>(existing: readonly T[], diff: Diff<T>, key: (r: T) => string): T[] {
  const changed = new Map(diff.changed.map((c) => [key(c.record), c.record]));
  return [...existing.map((r) => changed.get(key(r)) ?? r), ...diff.added.map((a) => a.record)];
}

const productKey = (p: ProductRecord) => [p.year, p.reporter, p.partner, p.flow, p.product, p.sourceId].join("|");
const productLabel = (p: ProductRecord) => `${p.year} ${p.reporter}→${p.partner} ${p.flow}: ${p.product} (${p.sourceId})`;
const targetKey = (t: TargetRecord) => [t.partner, t.value, t.unit, t.sourceId].join("|");
const targetLabel = (t: TargetRecord) => `CHN-${t.partner} US$${t.value} ${t.unit}${t.targetYear ? ` by ${t.targetYear}` : ""} (${t.sourceId})`;
export const productKeys: KeySpec<ProductRecord> = { key: productKey, label: productLabel, value: (p) => [p.value, p.unit, p.currency].filter(Boolean).join(" ") || "no value" };
/** A target's value is part of its key (a leader may raise one), so a repeat differs in its year or wording. */
export const targetKeys: KeySpec<TargetRecord> = { key: targetKey, label: targetLabel };
