import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { checkLink, classOf, coverage, sourceCheckQuery, sourceContext } from "./coverage";

const data = getDataset();
const en = coverage(data, "en");
const id = coverage(data, "id");
const row = (sourceId: string) => en.rows.find((r) => r.sourceId === sourceId);

describe("the checked coverage", () => {
  it("reads every source's supporting sentence from the data, and counts each figure once", () => {
    expect(en.rows.length + en.skipped).toBe(data.sources.size);
    for (const r of en.rows) expect(r.sentence).toBe(data.sources.get(r.sourceId)?.supports);
    const { china, partner, neither, none } = en.counts;
    expect(china + partner + neither + none).toBe(en.figures);
    expect(id.counts).toEqual(en.counts);
  });

  it.each<[string, string[]]>([
    ["antara-2025-06-17", ["china", "china"]],
    ["astanatimes-2025-01", ["china", "china", "china", "china", "china", "china", "china"]],
    ["timesca-2025", ["partner", "none", "none"]],
    ["trend-2025-03-17", ["partner", "neither"]],
    ["astanatimes-2023-04-20", ["partner", "partner", "none", "partner"]],
    ["orient-tm-2022-09", ["none"]],
  ])("%s: %j", (sourceId, classes) => {
    expect(row(sourceId)?.classes).toEqual(classes);
  });

  it("leaves out sentences in other scripts", () => {
    expect(row("trend-2013-09-02")).toBeUndefined();
    expect(row("xinhua-backgrounder-2024")).toBeUndefined();
  });

  it("reads a sentence as its source's record does, and links the check that reads it the same way", () => {
    expect(sourceContext(data, "kazinform-2022-09-13")).toEqual({ year: 2022, partner: "KAZ", period: expect.objectContaining({ period: "2021" }) });
    const r = row("kazinform-2022-09-13");
    expect(r?.answer.claims[0]).toMatchObject({ partner: "KAZ", period: "2021", read: { partner: "source", period: "source" } });
    expect(checkLink("en", r?.sentence ?? "", r?.answer.claims ?? [])).toMatch(/^\/en\/check\?text=.*&partner1=KAZ&period1=2021$/);
    // The page links the source's id, which the check page reads as that address's query.
    expect(r?.link).toBe("/en/check?source=kazinform-2022-09-13");
    expect(sourceCheckQuery(data, "kazinform-2022-09-13", "en")).toEqual({ text: r?.sentence, partner1: "KAZ", period1: "2021" });
  });

  it("reads no query for an unknown source or a sentence with no figure read", () => {
    expect(sourceCheckQuery(data, "no-such-source", "en")).toBeNull();
    expect(sourceCheckQuery(data, "trend-2013-09-02", "en")).toBeNull();
    for (const r of id.rows) expect(r.link).toBe(`/id/check?source=${r.sourceId}`);
  });

  it.each([
    [{ verdict: "matches", data: { series: "china" }, otherSeries: [] }, "china"],
    [{ verdict: "rounded", data: { series: "own" }, otherSeries: [] }, "partner"],
    [{ verdict: "differs", data: { series: "china" }, otherSeries: [{ verdict: "matches" }] }, "partner"],
    [{ verdict: "differs", data: { series: "china" }, otherSeries: [{ verdict: "differs" }] }, "neither"],
    [{ verdict: "no-data", data: null, otherSeries: [] }, "none"],
  ] as const)("classOf %j -> %s", (claim, expected) => {
    expect(classOf(claim as unknown as Parameters<typeof classOf>[0])).toBe(expected);
  });
});
