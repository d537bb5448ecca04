import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { toDecimalString } from "@/lib/money/ratio";
import { headline } from "./headline";

describe("headline", () => {
  const h = headline(getDataset());

  it.each([
    ["2024 total in USD", h.total.amount, 0, "94820000000"],
    ["2023 total in USD", h.previous.amount, 0, "89400000000"],
    ["change in USD", h.change, 0, "5420000000"],
    ["growth", h.growth, 6, "0.060626"],
    ["2024 total in IDR at the article's rate", h.totalIdr, 0, "1545186720000000"],
  ])("%s", (_label, value, places, expected) => {
    expect(toDecimalString(value, places)).toBe(expected);
  });

  it("names the sources of both years and the rate", () => {
    expect([h.total.sourceId, h.previous.sourceId, h.rate.sourceId]).toEqual(["astanatimes-2025-01", "intellinews-2024-02-04", "antara-2025-06-17"]);
  });

  it("refuses a year without a US-dollar total for it and the year before", () => {
    expect(() => headline(getDataset(), 1992)).toThrow(/no US-dollar CA5 totals for 1991 and 1992/);
  });
});
