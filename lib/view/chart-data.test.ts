import { describe, expect, it } from "vitest";

const ALL = { from: 1992, to: 2025 };
import { getDataset } from "@/lib/data/load";
import { tradeResponse } from "@/lib/trade/points";
import { countriesChartData, flowsChartData, sharesChartData, trendChartData } from "./chart-data";
import { countryRows, flowRows, shareRows, trendRows } from "./rows";

const usd = tradeResponse(getDataset(), { currency: "USD", rate: "article" }).observations;
const idr = tradeResponse(getDataset(), { currency: "IDR", rate: "article" }).observations;

describe("chart data", () => {
  it("keeps gaps as nulls and puts the January–May point after its year", () => {
    const data = trendChartData(trendRows(usd, ALL), "billion");
    expect(data.find((d) => d.x === 2024)?.value).toBe(94.82);
    expect(data.find((d) => d.x === 2000)?.value).toBe(1.819165);
    expect(trendChartData(trendRows(usd, { from: 2020, to: 2022 }, ["CA5", "TJK"]), "billion").find((d) => d.x === 2021)?.countries).toEqual({ TJK: null });
    // 2025 taken as a year in progress: its parts are drawn after the years, each at its last month.
    const inProgress = trendChartData(trendRows(usd.filter((p) => p.period !== "2025"), ALL), "billion");
    const partial = inProgress.find((d) => d.label === "2025-01/2025-05");
    expect(partial).toMatchObject({ value: null, partial: 39.8 });
    expect(partial?.x).toBeCloseTo(2025 + 5 / 12);
    expect(data.filter((d) => d.partial !== null)).toEqual([]);
    expect(data.find((d) => d.x === 2013)?.converted).toBe(false);
  });

  it("scales rupiah to trillions", () => {
    expect(trendChartData(trendRows(idr, ALL), "trillion").find((d) => d.x === 2024)?.value).toBe(1545.18672);
  });

  it("groups country values by year", () => {
    const data = countriesChartData(countryRows(usd, { ...ALL, years: [2017, 2024], countries: ["KAZ", "KGZ"] }), "billion");
    expect(data).toEqual([
      { year: 2017, KAZ: 18, KGZ: 5.7330835 },
      { year: 2024, KAZ: 43.82, KGZ: 22.71 },
    ]);
  });

  it("puts exports, imports and balance side by side", () => {
    expect(flowsChartData(flowRows(usd, "KAZ", ALL), "billion").find((d) => d.period === "2024")).toEqual({ period: "2024", export: 28, import: 15.9, balance: 12.1 });
  });

  it("gives shares in percent", () => {
    expect(sharesChartData(shareRows(usd, 2024))[0]).toEqual({ partner: "KAZ", percent: 46.213879 });
  });
});
