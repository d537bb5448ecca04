import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ObservationRecord, RateRecord } from "@/lib/schema/data";
import { formulaFor, importPool } from "./formulas";
import { runImport, type DataFiles } from "./run";

/** A 2027 figure, China's side, in billions of dollars; `extra` overrides what a case needs. */
const o = (partner: ObservationRecord["partner"], flow: ObservationRecord["flow"], value: string, sourceId: string, extra: Partial<ObservationRecord> = {}): ObservationRecord => ({
  period: "2027",
  periodType: "year",
  reporter: "CHN",
  partner,
  flow,
  value,
  unit: "billion",
  currency: "USD",
  status: "reported",
  primary: true,
  sourceId,
  ...extra,
});
const derived = (x: ObservationRecord, derivation: string): ObservationRecord => ({ ...x, status: "derived", derivation });
const key = (x: ObservationRecord) => ({ period: x.period, reporter: x.reporter, partner: x.partner, flow: x.flow, currency: x.currency, sourceId: x.sourceId });

const dotsEx = o("KAZ", "export", "10.5", "dots", { unit: "million" });
const dotsIm = o("KAZ", "import", "4.25", "dots", { unit: "million" });
const total = o("TJK", "total", "3.9", "news");
const otherImport = o("TJK", "import", "0.25", "other", { primary: true });
const sameImportNotPrimary = o("TJK", "import", "0.25", "later", { primary: false });
const nextYear = o("UZB", "total", "14.0", "news", { period: "2028" });
const fives = [o("KAZ", "total", "39.8", "five"), o("KGZ", "total", "23.6", "five-kgz"), o("TJK", "total", "3.5", "five"), o("TKM", "total", "8.3", "five-tkm"), o("UZB", "total", "12.9", "five")];
const yuan = o("CA5", "total", "312.04", "xinhua", { currency: "CNY" });
const rates: RateRecord[] = [{ base: "USD", quote: "CNY", period: "2027", basis: "annual_average_official", value: "6.1932", sourceId: "pboc" }];
const pool = importPool([dotsEx, dotsIm, total, otherImport, sameImportNotPrimary, nextYear, ...fives, yuan], rates);

describe("formulaFor: a note read into refs to the rows it names, or numbers stated by the figure's source", () => {
  it("a DOTS total: its own file's export and import, which must hold the note's numbers", () => {
    const f = formulaFor(derived(o("KAZ", "total", "14.75", "dots", { unit: "million" }), "export + import (10.5 + 4.25) from IMF DOTS China file"), pool);
    expect(f).toEqual({ formula: { op: "sum", inputs: [{ ref: key(dotsEx) }, { ref: key(dotsIm) }] }, phrasing: "export + import (A + B) from a DOTS or Comtrade file" });
  });

  it.each([
    ["a note's number its row does not hold", "export + import (10.5 + 4.3) from IMF DOTS China file", "14.75", 'it gives 4.3 million for 2027 KAZ import USD (dots), which is 4.25 million'],
    ["a row the file does not hold", "sum of China's exports to KAZ+KGZ+TJK+TKM+UZB (IMF DOTS China file)", "14.75", "it names 2027 KGZ export USD (dots), which neither data/ nor the files hold"],
    ["a figure that is not the sum of its rows", "export + import (10.5 + 4.25) from IMF DOTS China file", "14.76", "2027 KAZ total USD (dots): 14.76 million USD does not equal its formula sum(2027 KAZ export USD (dots) 10.5 million; 2027 KAZ import USD (dots) 4.25 million) = 14.75 million USD"],
  ])("refuses %s", (_label, text, value, problem) => {
    const partner = text.startsWith("sum") ? "CA5" : "KAZ";
    const flow = text.startsWith("sum") ? "export" : "total";
    const f = formulaFor(derived(o(partner, flow, value, "dots", { unit: "million" }), text), pool);
    expect("problem" in f ? f.problem : "").toContain(problem);
  });

  it("a difference: total less import, each the row of its cell with the note's number (the figure's source first, then the primary)", () => {
    const f = formulaFor(derived(o("TJK", "export", "3.65", "news"), "3.9 - 0.25"), pool);
    expect("formula" in f && f.formula.inputs).toEqual([{ ref: key(total) }, { ref: key(otherImport) }]);
  });

  it("a number no row holds stays a number stated by the figure's own source", () => {
    const f = formulaFor(derived(o("TJK", "export", "3.7", "news"), "derived = 3.9 - 0.2"), pool);
    expect("formula" in f && f.formula.inputs).toEqual([{ ref: key(total) }, { stated: { value: "0.2", unit: "billion", currency: "USD", sourceId: "news" } }]);
  });

  it("a year worked back from the next: the next year's row, the growth stated, the figure rounded at its last place; a rounded input says its precision", () => {
    const f = formulaFor(derived(o("UZB", "total", "9.655", "eurasianet"), "derived = 14 / 1.45 from Eurasianet/GACC 2023 $14bn +45%; input rounded so +/-0.04bn"), pool);
    expect("formula" in f && f.formula).toEqual({ op: "before-growth", inputs: [{ ref: key(nextYear), precision: "0.1" }, { growth: { percent: "45", sourceId: "eurasianet" } }], precision: "0.001" });
  });

  it("the five, their numbers matched to the countries by value whatever the note's order, each to 0.1 bn", () => {
    const f = formulaFor(derived(o("CA5", "total", "88.1", "five"), "derived = sum of the five Jan-Oct 2027 country totals (23.6+39.8+12.9+3.5+8.3), inputs rounded to 0.1 bn"), pool);
    expect("formula" in f && f.formula.inputs).toEqual(fives.map((x) => ({ ref: key(x), precision: "0.1" })));
  });

  it("the five 1% off their sum is refused, naming the formula and both values", () => {
    const f = formulaFor(derived(o("CA5", "total", "88.981", "five"), "derived = sum of the five Jan-Oct 2027 country totals (23.6+39.8+12.9+3.5+8.3)"), pool);
    expect("problem" in f && f.problem).toMatch(/^2027 CA5 total USD \(five\): 88\.981 billion USD does not equal its formula sum\(2027 KAZ total USD \(five\) 39\.8 billion; .*\) = 88\.1 billion USD$/);
  });

  it("yuan converted at a rate of data/rates.json with the note's value", () => {
    const f = formulaFor(derived(o("CA5", "total", "50.38", "xinhua"), "312.04 bn CNY / 6.1932 CNY per USD (PBoC 2027 average)"), pool);
    expect("formula" in f && f.formula).toEqual({ op: "convert", inputs: [{ ref: key(yuan) }, { rate: { quote: "CNY", period: "2027", basis: "annual_average_official", sourceId: "pboc" } }], precision: "0.01" });
  });
});

describe("runImport refuses a derived row that is not its formula, naming file, line, figure, formula and both values", () => {
  const root = path.resolve(__dirname, "../..");
  const read = (n: string) => JSON.parse(readFileSync(path.join(root, "data", n), "utf8"));
  const data = (): DataFiles => ({ observations: read("observations.json"), sources: read("sources.json"), rates: read("rates.json"), prices: read("prices.json"), composition: read("composition.json"), context: read("context.json") });
  const header = "period,period_type,reporter,partner,flow,value,currency,unit,status,primary,source_id,note";
  const rows = (total: string, note: string) => ({
    name: "t.csv",
    text: `${header}\n2027,year,CHN,KAZ,export,30.5,USD,billion,reported,yes,antara-2025-06-17,\n2027,year,CHN,KAZ,total,${total},USD,billion,derived,yes,antara-2025-06-17,"${note}"\n2027,year,CHN,KAZ,import,12.25,USD,billion,reported,yes,antara-2025-06-17,\n`,
  });

  it("writes the formula of a row that equals it, the import row read from a later line", () => {
    const next = runImport(data(), [rows("42.75", "derived = 30.5 + 12.25")], {}).next;
    const row = next.observations.observations.find((x) => x.period === "2027" && x.flow === "total");
    expect(row?.formula?.op).toBe("sum");
  });

  it.each([
    ["a value one digit off", rows("42.76", "derived = 30.5 + 12.25"), "t.csv: line 3, column note: 2027 KAZ total USD (antara-2025-06-17): 42.76 billion USD does not equal its formula sum(2027 KAZ export USD (antara-2025-06-17) 30.5 billion; 2027 KAZ import USD (antara-2025-06-17) 12.25 billion) = 42.75 billion USD"],
    ["a phrasing the importer does not read", rows("42.75", "exports and imports added up"), 't.csv: line 3, column note: 2027 KAZ total USD (antara-2025-06-17): "exports and imports added up" says how in words the importer does not read'],
  ])("%s", (_label, file, message) => {
    expect(() => runImport(data(), [file], {})).toThrow(message);
  });
});
