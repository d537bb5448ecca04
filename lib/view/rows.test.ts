import { describe, expect, it } from "vitest";

const ALL = { from: 1992, to: 2025 };
import { getDataset } from "@/lib/data/load";
import { toDecimalString } from "@/lib/money/ratio";
import { pointsFor } from "@/lib/trade/view-points";
import { countryRows, countryYears, flowPartners, flowRows, shareRows, shareYears, trendRows } from "./rows";

const points = (currency: "USD" | "IDR", rate: "article" | "annual" = "article") => pointsFor(getDataset(), currency, rate);
const usd = points("USD");
const str = (r: { value: { num: bigint; den: bigint } | null }) => (r.value ? toDecimalString(r.value, 0) : null);

describe("trendRows", () => {
  const rows = trendRows(usd, ALL);
  it("runs from 1992 to the last full year, a figure for every year, and no part of a year that has its whole year", () => {
    expect(rows.filter((r) => r.periodType === "year").map((r) => r.year)).toEqual(Array.from({ length: 34 }, (_, i) => 1992 + i));
    expect(rows.find((r) => r.year === 2000)).toMatchObject({ status: "derived", sourceIds: ["imf-dots-chn"] });
    expect(str(rows.find((r) => r.year === 2000) ?? { value: null })).toBe("1819165000");
    expect(rows.filter((r) => r.periodType !== "year")).toEqual([]);
    expect(rows.filter((r) => r.value).length).toBe(34);
  });

  it("draws the parts of a year in progress after the full years, never among them", () => {
    const without2025 = usd.filter((p) => p.period !== "2025");
    const partial = trendRows(without2025, ALL).filter((r) => r.periodType === "ytd");
    expect(partial.map((r) => [r.period, str(r)])).toEqual([
      ["2025-01/2025-05", "39800000000"],
      ["2025-01/2025-10", "88100000000"],
    ]);
  });

  it("narrows to a year range, and leaves a year without a figure as a gap", () => {
    const narrow = trendRows(usd, { from: 2014, to: 2016 }, ["CA5", "UZB"]);
    expect(narrow.map((r) => `${r.partner} ${r.year}`)).toEqual(["CA5 2014", "CA5 2015", "CA5 2016", "UZB 2014", "UZB 2015", "UZB 2016"]);
    const tjk = trendRows(usd, { from: 2020, to: 2022 }, ["TJK"]);
    expect(tjk.find((r) => r.year === 2021)).toMatchObject({ value: null, unavailable: "no-data", status: null });
  });

  it("takes 2013 from the customs dollar figures, not the yuan conversion", () => {
    const r2013 = rows.find((r) => r.year === 2013);
    expect(r2013?.status).toBe("derived");
    expect(r2013?.derivation).toContain("sum of the five country totals");
    expect(r2013?.alternatives.map((a) => a.sourceId)).toContain("xinhua-2025-06-15");
  });

  it("converts every year at its own average, 2025 at the mean of its twelve monthly averages", () => {
    const idr = trendRows(points("IDR", "annual"), ALL);
    expect(idr.filter((r) => r.periodType === "year" && r.unavailable === "no-rate")).toEqual([]);
    expect(str(idr.find((r) => r.period === "2024") ?? { value: null })).toBe("1502043620000000");
    expect(idr.find((r) => r.period === "2025")?.conversion).toMatchObject([{ rate: "16471.86921466215", ratePeriod: "2025", rateStatus: "derived" }]);
  });
});

describe("country and share rows", () => {
  it("lists the years with country data and the years shares can be read for", () => {
    expect(countryYears(usd)).toEqual(Array.from({ length: 34 }, (_, i) => 1992 + i));
    // 2021 lacks China's figures for Tajikistan and Uzbekistan.
    expect(shareYears(usd)).toEqual(Array.from({ length: 34 }, (_, i) => 1992 + i).filter((y) => y !== 2021));
  });

  it("gives each selected country's value and share, and no-data rows where a year lacks one", () => {
    const rows = countryRows(usd, { ...ALL, years: [2017, 2024], countries: ["KAZ", "KGZ"] });
    expect(rows.map((r) => [r.year, r.partner, str(r)])).toEqual([
      [2017, "KAZ", "18000000000"],
      [2017, "KGZ", "5733083503"],
      [2024, "KAZ", "43820000000"],
      [2024, "KGZ", "22710000000"],
    ]);
    // Of the five countries' sum (36.30 bn), not the total reported beside it (36.29 bn): the five add up to 100%.
    expect(rows[0]?.share && toDecimalString(rows[0].share, 4)).toBe("0.4958");
    expect(rows[2]?.share && toDecimalString(rows[2].share, 4)).toBe("0.4621");
  });

  it("orders shares largest first and they add up to the total in 2024", () => {
    const rows = shareRows(usd, 2024);
    expect(rows.map((r) => r.partner)).toEqual(["KAZ", "KGZ", "UZB", "TKM", "TJK"]);
    expect(rows.map((r) => (r.share ? toDecimalString(r.share, 4) : null))).toEqual(["0.4621", "0.2395", "0.1453", "0.1123", "0.0407"]);
  });
});

describe("flowRows", () => {
  it("gives exports, imports and the balance", () => {
    const rows = flowRows(usd, "CA5", ALL);
    const y2024 = rows.filter((r) => r.period === "2024");
    expect(y2024.map((r) => [r.flow, str(r), r.status])).toEqual([
      ["export", "64200000000", "reported"],
      ["import", "30600000000", "reported"],
      ["balance", "33600000000", "derived"],
    ]);
  });

  it("keeps the first halves of 2023 and 2024 out of the years: each year has its whole year", () => {
    expect(flowRows(usd, "CA5", ALL).filter((r) => r.periodType !== "year")).toEqual([]);
  });

  it("leaves the yuan-only January–May 2025 balance unconverted, where 2025 is a year in progress", () => {
    const ytd = flowRows(usd.filter((p) => p.period !== "2025"), "CA5", ALL).filter((r) => r.periodType === "ytd");
    expect(ytd.map((r) => [r.period, r.unavailable])).toEqual([
      ["2025-01/2025-05", "no-rate"],
      ["2025-01/2025-05", "no-rate"],
      ["2025-01/2025-05", "no-rate"],
    ]);
  });

  it("knows which partners have flows", () => {
    expect(flowPartners(usd)).toEqual(["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"]);
  });
});

describe("mirrorRows and worldRows", () => {
  it("sets China's figure against the partner's own, with the gap, and keeps missing years as gaps", async () => {
    const { mirrorRows } = await import("./rows-compare");
    const rows = mirrorRows(usd, "KGZ", ALL);
    const y2024 = rows.filter((r) => r.year === 2024);
    expect(y2024.map((r) => [r.reporter, r.partner, str(r)])).toEqual([
      ["CHN", "KGZ", "22710000000"],
      ["KGZ", "CHN", "5500000000"],
    ]);
    expect(y2024[0]?.gap && toDecimalString(y2024[0].gap, 2)).toBe("4.13");
    expect(rows.find((r) => r.year === 2022 && r.reporter === "KGZ")).toMatchObject({ value: null, unavailable: "no-data" });
  });

  it("gives Central Asia's share of China's trade with the world", async () => {
    const { worldRows } = await import("./rows-compare");
    const rows = worldRows(usd, { from: 1992, to: 2024 });
    const y1992 = rows.find((r) => r.year === 1992);
    expect(y1992?.partner).toBe("WLD");
    expect(y1992?.share && toDecimalString(y1992.share, 4)).toMatch(/^0\.00[0-9]{2}$/);
    expect(rows.filter((r) => r.share).length).toBe(33);
  });
});
