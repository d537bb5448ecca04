import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { sourcePages } from "./source-pages";

const s = (id: string, url: string, title = id) => ({ id, url, title });

describe("sourcePages: one entry per source page (URL)", () => {
  it.each([
    ["nothing", [], []],
    ["distinct pages stay as they are, in order", [s("a", "https://x/1"), s("b", "https://x/2")], [{ id: "a", ids: ["a"] }, { id: "b", ids: ["b"] }]],
    ["two ids of one page become one entry, the first one's", [s("st", "https://st/1"), s("st-2", "https://st/1")], [{ id: "st", ids: ["st", "st-2"] }]],
    [
      "a page met again later joins its first entry, and the order is the order of first mention",
      [s("yicai", "https://y/1"), s("kursiv", "https://k/1"), s("yicai-2", "https://y/1"), s("trend", "https://t/1"), s("kursiv-2", "https://k/1")],
      [{ id: "yicai", ids: ["yicai", "yicai-2"] }, { id: "kursiv", ids: ["kursiv", "kursiv-2"] }, { id: "trend", ids: ["trend"] }],
    ],
    ["an id given twice is one id", [s("a", "https://x/1"), s("a", "https://x/1")], [{ id: "a", ids: ["a"] }]],
  ])("%s", (_, list, expected) => {
    expect(sourcePages(list).map(({ id, ids }) => ({ id, ids }))).toEqual(expected);
  });

  it("keeps each different title a page was cited under, once", () => {
    const [page] = sourcePages([s("trend", "https://t/1", "China, Kyrgyzstan target $45 billion"), s("trend-2", "https://t/1", "China and Kyrgyzstan aim for $45 billion"), s("trend-3", "https://t/1", "China, Kyrgyzstan target $45 billion")]);
    expect(page?.titles).toEqual(["China, Kyrgyzstan target $45 billion", "China and Kyrgyzstan aim for $45 billion"]);
  });

  it("leaves no URL twice among all the sources", () => {
    const pages = sourcePages([...getDataset().sources.values()]);
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
    expect(pages.find((p) => p.id === "sing-tao-headline-2026-01-18")?.ids).toEqual(["sing-tao-headline-2026-01-18", "sing-tao-headline-2026-01-18-2"]);
    expect(pages.flatMap((p) => p.ids)).toHaveLength(getDataset().sources.size);
  });
});
