import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { missingIndonesianNotes } from "@/lib/data/notes";
import type { ObservationRecord } from "@/lib/schema/data";
import { readTranslations, TRANSLATIONS_FILE, unusedTranslations, withIndonesianNotes } from "./translations";
import type { DataFiles } from "./run";

const read = (name: string) => JSON.parse(readFileSync(`data/${name}`, "utf8"));
const data = (): DataFiles => ({ observations: read("observations.json"), sources: read("sources.json"), rates: read("rates.json"), prices: read("prices.json"), composition: read("composition.json"), context: read("context.json") });
const obs = (note?: string, noteId?: string): ObservationRecord => ({ period: "2024", periodType: "year", reporter: "CHN", partner: "KAZ", flow: "total", value: "1", unit: "billion", currency: "USD", status: "reported", primary: true, sourceId: "s", ...(note ? { note } : {}), ...(noteId ? { noteId } : {}) });

describe("readTranslations", () => {
  it("reads en,id lines, quoted cells included", () => {
    const text = 'en,id\n"+5.3%; y/y, rounded","+5,3%; secara tahunan, dibulatkan"\nrecord high,rekor tertinggi\n';
    expect([...readTranslations(text)]).toEqual([
      ["+5.3%; y/y, rounded", "+5,3%; secara tahunan, dibulatkan"],
      ["record high", "rekor tertinggi"],
    ]);
  });
  it.each([
    ["a header other than en,id", "english,indonesian\na,b\n", 'x.csv: line 1: the header must be "en,id", found "english,indonesian"'],
    ["a line without its Indonesian", "en,id\nrecord high,\n", "x.csv: line 2, column id: every line needs the English note and its Indonesian"],
    ["an English note given twice", "en,id\nrecord high,rekor\nrecord high,rekor tertinggi\n", "x.csv: line 3, column en: the same English note is on line 2: keep one"],
    ["an unquoted comma", "en,id\na,b,c\n", "x.csv: line 2: 3 cells, the header has 2"],
  ])("names %s by line", (_, text, message) => {
    expect(() => readTranslations(text, "x.csv")).toThrow(message);
  });
});

describe("withIndonesianNotes", () => {
  const base = data();
  const files = (list: ObservationRecord[]): DataFiles => ({ ...base, observations: { observations: list }, composition: { products: [], targets: [] } });
  const t = new Map([["record high", "rekor tertinggi"]]);
  it.each([
    ["a known note gets its Indonesian", obs("record high"), obs("record high", "rekor tertinggi")],
    ["a translation replaces an older one", obs("record high", "rekor"), obs("record high", "rekor tertinggi")],
    ["an unknown note gets none, so the check names it", obs("a new phrasing", "lama"), obs("a new phrasing")],
    ["a record without a note stays as it was", obs(), obs()],
  ])("%s", (_, record, joined) => {
    expect(withIndonesianNotes(files([record]), t).observations.observations).toEqual([joined]);
  });
  it("leaves a note without Indonesian for data:check to name by file, record and field", () => {
    const next = withIndonesianNotes(files([obs("a new phrasing")]), t);
    expect(missingIndonesianNotes(next.observations.observations, next.composition)).toEqual([
      { file: "data/observations.json", record: "record 1 (2024 KAZ total USD, s)", field: "noteId", message: 'the note "a new phrasing" has no Indonesian: add its line to lib/import/translations/notes-id.csv and run the import again' },
    ]);
  });
});

describe(TRANSLATIONS_FILE, () => {
  const translations = readTranslations(readFileSync(TRANSLATIONS_FILE, "utf8"));
  it("translates every note of data/, as data/ holds it, and nothing else", () => {
    const d = data();
    expect(withIndonesianNotes(d, translations)).toEqual(d);
    expect(unusedTranslations(d, translations)).toEqual([]);
  });
});
