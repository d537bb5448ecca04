import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { messagesFor } from "@/lib/i18n/messages";
import { toPoint } from "@/lib/trade/points";
import { displaySeries } from "@/lib/trade/series";
import { sourceName } from "./derivation";
import { cagrRows } from "./growth";
import { noteLine, productProvenance, rowProvenance, sourceEntries, sourceLookup, type Provenance } from "./provenance";
import { flowPartners, flowRows, rowFromPoint, trendRows } from "./rows";

/**
 * On /id, no note or derivation a reader can open is English, and none carries the reference files'
 * own wording: every figure's provenance (the shown figure and each alternative in it), every
 * flow balance and compound growth, every product group and target is checked, not a sample.
 */

const data = getDataset();
const t = messagesFor("id");
const sources = sourceLookup(data.sources);

/** Words a sentence in Indonesian never has, and the reference files' bookkeeping in any language. */
const ENGLISH = /\b(the|and|from|with|not|only|reported|exports?|imports?|billion|million|bn|mn|y\/y|about|over|stored|researcher|primary|derived|source|figure)\b/i;
const REFERENCE = /\[descriptive\]|\.csv\b|\bS\d{2}\b|stored (page|text)|local copy|not named in the stored/i;

/** Names are names in any language: sources' publishers, and the DOTS workbooks' sheet names. */
const PUBLISHERS = [...data.sources.values()].map((s) => sourceName(s.publisher)).sort((a, b) => b.length - a.length);
const withoutNames = (text: string) => PUBLISHERS.reduce((x, name) => x.split(name).join(""), text).replace(/(['"])(Exports, FOB|Imports, CIF)\1/g, "");

const LABELS = new Set([t.provenance.note, t.provenance.derivation]);
const isWords = (label: string) => LABELS.has(label) || label.startsWith(t.provenance.derivationOf.split("{")[0] as string);

function problems(where: string, p: Provenance): string[] {
  return p.lines.flatMap((l) => {
    if (!isWords(l.label)) return [];
    if (l.lang) return [`${where}: ${l.label} is marked ${l.lang}: ${l.value}`];
    const english = ENGLISH.exec(withoutNames(l.value));
    const reference = REFERENCE.exec(l.value);
    return [...(english ? [`${where}: ${l.label} has "${english[0]}": ${l.value}`] : []), ...(reference ? [`${where}: ${l.label} has "${reference[0]}": ${l.value}`] : [])];
  });
}

describe("the Indonesian page's notes and derivations", () => {
  it("the marker words catch English notes and reference wording", () => {
    expect(ENGLISH.test("up from 89.4 in 2023; 24.kg: +5.4 bn")).toBe(true);
    expect(ENGLISH.test(withoutNames("naik dari 89,4 pada 2023; 24.kg: +5,4 miliar"))).toBe(false);
    expect(REFERENCE.test("angka utama tetap 25 miliar (trade.csv)")).toBe(true);
  });

  it("every figure's provenance, alternatives included, is Indonesian throughout", () => {
    const rows = data.observations.map((o) => rowFromPoint(toPoint(o, "USD", "article", data)));
    const found = rows.flatMap((r) => problems(r.key, rowProvenance(r, "h", { locale: "id", t }, sources)));
    expect(found).toEqual([]);
    // Every figure the dashboard can show with a note or a formula was looked at.
    const shown = displaySeries(data.observations);
    expect(shown.filter((o) => o.note).every((o) => o.noteId)).toBe(true);
    expect(rows.filter((r) => r.formula).length).toBe(data.observations.filter((o) => o.formula).length);
  });

  it("balances and compound growth, which the views compute, are written in Indonesian", () => {
    const points = displaySeries(data.observations).map((o) => toPoint(o, "USD", "article", data));
    const balances = flowPartners(points).flatMap((p) => flowRows(points, p, { from: 1992, to: 2025 }).filter((r) => r.flow === "balance"));
    const growth = cagrRows(trendRows(points, { from: 1992, to: 2025 }, ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"]), { from: 2015, to: 2024 });
    expect(balances.filter((r) => r.formula).length).toBeGreaterThan(100);
    expect([...balances, ...growth].flatMap((r) => problems(r.key, rowProvenance(r, "h", { locale: "id", t }, sources)))).toEqual([]);
  });

  it("every product group's and target's note is Indonesian", () => {
    const products = data.products.flatMap((p) => problems(`${p.year} ${p.product}`, productProvenance(p, "h", { locale: "id", t }, sources)));
    const targets = data.targets.flatMap((x) => {
      const note = noteLine(x, "id");
      return note ? problems(`target ${x.partner} ${x.value}`, { heading: "h", lines: [{ label: t.provenance.note, ...note }], sources: [] }) : [];
    });
    expect([...products, ...targets]).toEqual([]);
  });

  it("no source a popover lists carries the [descriptive] marker; a described page's title is in brackets", () => {
    const titles = sourceEntries([...data.sources.keys()], sources, "id").map((s) => s.title);
    expect(titles.filter((x) => /descriptive/i.test(x))).toEqual([]);
    expect(titles).toContain("[Xi's Indonesia visit to elevate strategic partnership]");
  });
});
