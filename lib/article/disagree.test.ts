import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { disagreeSourceIds, latestMirror } from "./disagree";

const data = getDataset();

describe("why sources disagree", () => {
  it("gives each country's latest year with both figures", () => {
    expect(latestMirror(data).map((r) => [r.country, r.china.period])).toEqual([
      ["KAZ", "2022"],
      ["KGZ", "2024"],
      ["TJK", "2024"],
      ["UZB", "2023"],
    ]);
  });

  it("names every source the section cites, so the page's list can hold them", () => {
    expect(disagreeSourceIds(data)).toEqual(expect.arrayContaining(["trend-2025-03-17", "orda-2025-01", "trend-2024-04-21"]));
  });
});
