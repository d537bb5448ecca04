import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { div } from "@/lib/money/ratio";
import { toCsv } from "./csv";
import { shareCell, valueCell } from "./cells";
import { headlineData, headlineView } from "./headline-view";
import { figureAt } from "./testing";

/**
 * Issue #28, items 1 and 2: in yuan, a figure that compares (the ratio to Indonesia, a change, an
 * average growth) showed China's yuan statement for 2024 (CN¥674.15 billion) while it read the dollar
 * figure converted (CN¥682.3 billion). It now shows the figures it compares, in its summary, table
 * and CSV; the headline, which shows the statement, names the converted figure its ratio reads.
 */

const row = (query: string, id: "indonesia" | "trend", year: number, partner = "CA5") => {
  const v = figureAt(query, id, "en");
  const r = v.rows.find((x) => x.year === year && x.partner === partner && x.periodType === "year");
  return { v, r };
};

describe("the ratio to Indonesia is the two figures printed, divided (item 1)", () => {
  it.each(["", "currency=CNY", "currency=IDR", "currency=IDR&rate=annual", "prices=constant&base=2010"])("?%s: every year's ratio is the five's figure shown ÷ Indonesia's", (query) => {
    const v = figureAt(query, "indonesia", "en");
    for (const r of v.rows.filter((x) => x.partner === "CA5" && x.share)) {
      const idn = v.rows.find((x) => x.partner === "IDN" && x.year === r.year);
      expect(r.value && idn?.value && shareCell({ ...r, share: div(r.value, idn.value) }, "en"), `${r.year}`).toBe(shareCell(r, "en"));
    }
  });

  it("/en?currency=CNY: the summary names 2024's converted dollar figure, and the notes the statement it stands in for", () => {
    const { v, r } = row("currency=CNY", "indonesia", 2024);
    expect(v.summary).toBe("In 2024, China's trade with Central Asia (CN¥682.3 billion) was 64.1% of its trade with Indonesia (CN¥1.06 trillion). In 1992: 22.7%.");
    expect(r && valueCell(r, v.ctx)).toBe("682.30");
    expect(r?.sourceIds).toEqual(["astanatimes-2025-01"]);
    expect(r?.alternatives.find((a) => a.sourceId === "xinhua-2025-06-15")).toMatchObject({ stated: { value: "674.15", currency: "CNY" }, differencePercent: "-1.19" });
    expect(v.notes.find((n) => n.key === "dollar-rows")?.text).toBe(
      "In yuan, each year here is China's US-dollar figure converted at that year's average rate, so the ratio is one figure shown divided by the other. The trend figure shows the years China also stated in yuan as stated: 2013: CN¥308.8 billion here, CN¥312.04 billion as stated; 2024: CN¥682.3 billion here, CN¥674.15 billion as stated.",
    );
    expect(figureAt("", "indonesia", "en").notes.map((n) => n.key)).toEqual(["yardstick"]);
  });

  it("the CSV holds the same figures, the ratio as ratio_percent", () => {
    const v = figureAt("currency=CNY", "indonesia", "en");
    const lines = toCsv("indonesia", v.shown, v.ctx, "article", v.columns).split("\r\n");
    expect(lines).toContain("indonesia,2024,year,CA5,total,682.30,billion,CNY,682296274000,,64.1,,,annual,USD->CNY 7.1957,fred-aexchus-datahub,,reported,astanatimes-2025-01,,");
    expect(lines).toContain("indonesia,2024,year,IDN,total,1064.89,billion,CNY,1064891643000,,,,,annual,USD->CNY 7.1957,fred-aexchus-datahub,,reported,aktamedia-2025-09-03,,");
  });

  it("the headline shows the statement and names the converted figure its ratio reads, the figure's 2024 figure", () => {
    const h = headlineView(headlineData(getDataset()), { currency: "CNY", rate: "article", idrPerUsd: null, prices: "nominal", base: 2025, unit: "auto" }, "en");
    expect(h?.main.text).toBe("CN¥674.15 billion");
    expect(h?.yardstick?.words).toContain("64.1% of that; both figures from US dollars at the 2024 average rate (Central Asia: CN¥682.3 billion).");
  });
});

describe("in yuan, a change reads the figures its table shows (item 2)", () => {
  it("/en?currency=CNY&growth=yoy: 2025 on 2024 from CN¥682.3 billion, the table's 2024", () => {
    const { v, r } = row("currency=CNY&growth=yoy", "trend", 2024);
    expect(v.summary).toBe("In 2025, trade changed by +12.0% on 2024 (CN¥764.03 billion, from CN¥682.3 billion).");
    expect(r && valueCell(r, v.ctx)).toBe("682.30");
    expect(v.notes.map((n) => n.key)).not.toContain("currency-astanatimes-2025-01");
  });

  it.each([
    ["currency=CNY&growth=cagr&to=2024", "From CN¥2.54 billion in 1992 to CN¥682.3 billion in 2024, trade grew on average +19.1% a year (compound, over 32 years)."],
    ["currency=CNY&growth=yoy&from=2013&to=2014", "In 2014, trade changed by −10.3% on 2013 (CN¥277.08 billion, from CN¥308.8 billion)."],
  ] as const)("?%s: %s", (query, summary) => {
    const v = figureAt(query, "trend", "en");
    expect(v.summary).toBe(summary);
    expect(v.notes.find((n) => n.key === "dollar-rows")?.text).toMatch(/CN¥(674\.15|312\.04) billion as stated\.$/);
  });

  it("the level view still shows China's yuan statement, and says so", () => {
    const { v, r } = row("currency=CNY", "trend", 2024);
    expect(r && valueCell(r, v.ctx)).toBe("674.15");
    expect(v.notes.map((n) => n.key)).toEqual(expect.arrayContaining(["cny"]));
    expect(v.notes.map((n) => n.key)).not.toContain("dollar-rows");
  });
});
