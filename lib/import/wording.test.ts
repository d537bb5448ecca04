import { describe, expect, it } from "vitest";
import type { ObservationRecord, SourceRecord } from "@/lib/schema/data";
import { applyObservations, applySources, diffObservations, diffSources } from "./diff";

/** The rule that keeps two reference files citing one source from flipping data/ back and forth. */

const source: SourceRecord = { id: "s1", publisher: "Trend News Agency", title: "Uzbekistan-China trade 2022", published: "2023-05-27", url: "https://example.org/a", supports: "reaching $9 billion" };
const figure: ObservationRecord = { period: "2022", periodType: "year", reporter: "UZB", partner: "CHN", flow: "total", value: "9", unit: "billion", currency: "USD", status: "reported", primary: true, sourceId: "s1", note: "Uzbek ministry; +20%" };

const sourceKind = (s: SourceRecord) => {
  const d = diffSources([source], [{ line: 2, record: s }]);
  return d.unchanged[0]?.otherWording ? "unchanged, other wording" : d.unchanged.length ? "unchanged" : d.changed.length ? "changed" : "added";
};
const figureKind = (o: ObservationRecord) => {
  const d = diffObservations([figure], [{ line: 2, record: o }]);
  return d.unchanged[0]?.otherWording ? "unchanged, other wording" : d.unchanged.length ? "unchanged" : d.changed.length ? "changed" : d.conflicts.length ? "conflict" : "added";
};

describe("a source data/ holds, given again", () => {
  it.each<[string, Partial<SourceRecord>, string]>([
    ["word for word", {}, "unchanged"],
    ["with another publisher line", { publisher: "Trend, citing Uzbekistan's Ministry" }, "unchanged, other wording"],
    ["with another title and quotation", { title: "[descriptive] Uzbekistan-China trade turnover 2022", supports: "The trade turnover … $9 billion" }, "unchanged, other wording"],
    ["at another URL", { url: "https://example.org/b" }, "changed"],
    ["with another date", { published: "2023-05-28" }, "changed"],
    ["under a new id", { id: "s2" }, "added"],
  ])("%s is %s", (_label, edit, kind) => {
    expect(sourceKind({ ...source, ...edit })).toBe(kind);
  });
});

describe("a figure data/ holds, given again by the same source", () => {
  it.each<[string, Partial<ObservationRecord>, string]>([
    ["word for word", {}, "unchanged"],
    ["with another note", { note: "NOT China-reported: Uzbek Ministry, +20%" }, "unchanged, other wording"],
    ["without a note", { note: undefined }, "unchanged, other wording"],
    ["in another unit, the same to the dollar", { value: "9000", unit: "million" }, "unchanged"],
    ["with another value", { value: "9.1" }, "changed"],
    ["with another status", { status: "approximate" }, "changed"],
    ["from another source, with another value", { sourceId: "s2", value: "9.1" }, "conflict"],
  ])("%s is %s", (_label, edit, kind) => {
    expect(figureKind({ ...figure, ...edit })).toBe(kind);
  });
});

describe("applying other wording", () => {
  const otherSource = { ...source, publisher: "Trend, citing Uzbekistan's Ministry" };
  const otherFigure = { ...figure, note: "NOT China-reported" };

  it("keeps data/'s words, so re-running either file finds nothing to change", () => {
    const sources = applySources([source], diffSources([source], [{ line: 2, record: otherSource }]));
    expect(sources).toEqual([source]);
    expect(diffSources(sources, [{ line: 2, record: source }]).unchanged).toHaveLength(1);
    const figures = applyObservations([figure], diffObservations([figure], [{ line: 2, record: otherFigure }]));
    expect(figures).toEqual([figure]);
  });

  it("takes the file's words with reword", () => {
    expect(applySources([source], diffSources([source], [{ line: 2, record: otherSource }]), { reword: true })).toEqual([otherSource]);
    expect(applyObservations([figure], diffObservations([figure], [{ line: 2, record: otherFigure }]), { reword: true })).toEqual([otherFigure]);
  });

  it("still applies a revision of a figure's value, keeping data/'s primary", () => {
    const revised = { ...figure, value: "9.1", primary: false };
    expect(applyObservations([figure], diffObservations([figure], [{ line: 2, record: revised }]))).toEqual([{ ...revised, primary: true }]);
  });
});
