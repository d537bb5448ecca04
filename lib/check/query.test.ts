import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { pageQuery, periodChoices, periodFromText, placeChoices } from "./query";

describe("the check page's query", () => {
  it.each<[string, unknown]>([
    ["2024", { type: "year", period: "2024", year: 2024 }],
    ["2025-01/2025-10", { type: "ytd", period: "2025-01/2025-10", year: 2025 }],
    ["2026-02", { type: "month", period: "2026-02", year: 2026 }],
    ["2025-10/2025-01", undefined],
    ["2024-01/2025-02", undefined],
    ["24", undefined],
    ["", undefined],
  ])("period %s", (text, expected) => {
    expect(periodFromText(text)).toEqual(expected);
  });

  it("reads corrections by figure number and ignores empty or unknown values", () => {
    const q = pageQuery({ text: "x", partner1: "KAZ", period1: "2024", flow2: "export", currency2: "IDR", partner3: "XXX", flow3: "", period4: ["2023", "2022"] });
    expect(q.overrides.slice(0, 5)).toEqual([{ partner: "KAZ", period: { type: "year", period: "2024", year: 2024 } }, { flow: "export", currency: "IDR" }, undefined, { period: { type: "year", period: "2023", year: 2023 } }, undefined]);
  });

  it("says when the text is too long, and treats spaces as no text", () => {
    expect(pageQuery({ text: "a".repeat(2001) }).tooLong).toBe(true);
    expect(pageQuery({ text: "a".repeat(2000) }).tooLong).toBe(false);
    expect(pageQuery({ text: "   " }).text).toBe("");
  });

  it("takes a source's id, for its supporting sentence", () => {
    expect(pageQuery({ source: "kazinform-2022-09-13" })).toMatchObject({ text: "", source: "kazinform-2022-09-13" });
    expect(pageQuery({}).source).toBe("");
  });

  it("offers the data's periods, latest first, and Indonesia only where the data has it", () => {
    const data = getDataset();
    const periods = periodChoices(data).map((p) => p.period);
    // February 2026 alone (a month) ends where January–February does, and is the shorter.
    expect(periods.slice(0, 2)).toEqual(["2026-02", "2026-01/2026-02"]);
    expect(periods).toContain("2025-01/2025-05");
    expect(periods).toContain("1992");
    expect(placeChoices(data)).toEqual(["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "WLD", "IDN"]);
  });
});
