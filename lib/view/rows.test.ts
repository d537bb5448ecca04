import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { toDecimalString } from "@/lib/money/ratio";
import { tradeResponse } from "@/lib/trade/points";
import { countryRows, countryYears, flowPartners, flowRows, shareRows, shareYears, trendRows } from "./rows";

const points = (currency: "USD" | "IDR", rate: "article" | "annual" = "article") => tradeResponse(getDataset(), { currency, rate }).observations;
const usd = points("USD");
const str = (r: { value: { num: bigint; den: bigint } | null }) => (r.value ? toDecimalString(r.value, 0) : null);

describe("trendRows", () => {
  const rows = trendRows(usd);
  it("runs from 1992 to the last full year, gaps as no-data rows, then the partial year", () => {
    expect(rows.filter((r) => r.periodType === "year").map((r) => r.year)).toEqual(Array.from({ length: 34 }, (_, i) => 1992 + i));
    expect(rows.find((r) => r.year === 2000)).toMatchObject({ value: null, unavailable: "no-data", status: null });
    expect(rows.at(-1)).toMatchObject({ period: "2025-01/2025-05", periodType: "ytd" });
    expect(rows.filter((r) => r.value).length).toBe(11);
  });

  it("marks the 2013 figure derived from yuan", () => {
    const r2013 = rows.find((r) => r.year === 2013);
    expect(r2013?.status).toBe("derived");
    expect(r2013?.derivation).toContain("312.04 bn CNY");
  });

  it("says when the annual rate is missing", () => {
    const idr = trendRows(points("IDR", "annual"));
    expect(idr.find((r) => r.period === "2025")).toMatchObject({ value: null, unavailable: "no-rate" });
    expect(str(idr.find((r) => r.period === "2024") ?? { value: null })).toBe("1502043620000000");
  });
});

describe("country and share rows", () => {
  it("lists the years with country data and the years shares can be read for", () => {
    expect(countryYears(usd)).toEqual([2017, 2018, 2021, 2022, 2023, 2024, 2025]);
    expect(shareYears(usd)).toEqual([2022, 2023, 2024, 2025]);
  });

  it("gives each selected country's value and share, and no-data rows where a year lacks one", () => {
    const rows = countryRows(usd, { years: [2017, 2024], countries: ["KAZ", "KGZ"] });
    expect(rows.map((r) => [r.year, r.partner, str(r)])).toEqual([
      [2017, "KAZ", "18000000000"],
      [2017, "KGZ", null],
      [2024, "KAZ", "43820000000"],
      [2024, "KGZ", "22710000000"],
    ]);
    expect(rows[0]?.share).toBeNull();
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
    const rows = flowRows(usd, "CA5");
    const y2024 = rows.filter((r) => r.period === "2024");
    expect(y2024.map((r) => [r.flow, str(r), r.status])).toEqual([
      ["export", "64200000000", "reported"],
      ["import", "30600000000", "reported"],
      ["balance", "33600000000", "derived"],
    ]);
  });

  it("leaves the yuan-only January–May 2025 balance unconverted", () => {
    const ytd = flowRows(usd, "CA5").filter((r) => r.periodType === "ytd");
    expect(ytd.map((r) => r.unavailable)).toEqual(["no-rate", "no-rate", "no-rate"]);
  });

  it("knows which partners have flows", () => {
    expect(flowPartners(usd)).toEqual(["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"]);
  });
});
