import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { formatPercent } from "@/lib/format/number";
import { toDecimalString } from "@/lib/money/ratio";
import { kazakhChapters, region2025, shareOf, turkmenGas } from "./composition";

const { products } = getDataset();

describe("the goods behind the totals", () => {
  it("gives Kazakhstan's 2021 exports to China by HS chapter, largest first, with exact shares", () => {
    const { total, chapters } = kazakhChapters(products);
    expect(total?.amountUsd && toDecimalString(total.amountUsd, 0)).toBe("10731709714");
    expect(chapters.slice(0, 3).map((c) => c.code)).toEqual(["HS 27", "HS 74", "HS 26"]);
    expect(chapters.map((c) => formatPercent(shareOf(c, total)!, "en", false, 1)).slice(0, 3)).toEqual(["31.5%", "22.9%", "21.8%"]);
    expect(chapters).toHaveLength(14);
  });

  it("gives Turkmenistan's gas (and fuels) exports to China as China's customs record them", () => {
    expect(turkmenGas(products).map((p) => [p.year, p.code, p.value, p.unit])).toEqual([
      ["2014", "HS 27", "9441300116", "units"],
      ["2021", "HS 2711", "6.1", "billion"],
      ["2022", "HS 2711", "10.25", "billion"],
      ["2023", "HS 2711", "5.058", "billion"],
      ["2023", "HS 2711", "3.41", "billion"],
    ]);
  });

  it("gives China's 2025 trade with the five from its commerce ministry: US$71.2 bn out, US$35.1 bn in", () => {
    const r = region2025(products);
    expect([r.exports?.amountUsd && toDecimalString(r.exports.amountUsd, 0), r.imports?.amountUsd && toDecimalString(r.imports.amountUsd, 0)]).toEqual(["71200000000", "35100000000"]);
    expect(r.named.length).toBeGreaterThanOrEqual(2);
  });
});
