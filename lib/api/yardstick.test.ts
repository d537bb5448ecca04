import { describe, expect, it } from "vitest";
import { tradeResponse, type TradeResponse } from "@/lib/schema/api";
import { COUNTRIES } from "@/lib/schema/values";
import { handleTrade } from "./trade";

/** Issue #21: Indonesia in the API, as a yardstick beside the five and never one of them. */

async function ok(query: string): Promise<TradeResponse> {
  const res = handleTrade(new Request(`http://localhost/api/trade${query}`));
  expect(res.status, query).toBe(200);
  return tradeResponse.parse(await res.json());
}

describe("partner=IDN and reporter=IDN", () => {
  it("answers 2024 with China's 147.99 bn as primary and AP's 'exceeded 147.8 bn' as an alternative", async () => {
    const r = await ok("?partner=IDN&flow=total&from=2024&to=2024&periodType=year");
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ period: "2024", periodType: "year", partner: "IDN", value: 147990000000, status: "reported", sourceId: "aktamedia-2025-09-03" });
    expect(r.observations[0]?.alternatives).toEqual([
      { sourceId: "ap-2025-05-25", status: "approximate", stated: { value: "147.8", unit: "billion", currency: "USD" }, valueUsd: 147800000000, differencePercent: "-0.13", primary: false },
    ]);
  });

  it.each([
    ["2020, IMF DOTS's export + import, to the dollar", "2020", "total", 78488371540, "derived"],
    ["1992 China's imports from Indonesia (DOTS, CIF)", "1992", "import", 1554149000, "reported"],
    ["2021 China's MFA total", "2021", "total", 124430000000, "reported"],
  ])("%s", async (_label, year, flow, value, status) => {
    const r = await ok(`?partner=IDN&flow=${flow}&from=${year}&to=${year}&periodType=year`);
    expect(r.observations.map((o) => [o.value, o.status])).toEqual([[value, status]]);
  });

  it("gives the year's parts beside it unless periodType says which, each naming its periodType", async () => {
    const r = await ok("?partner=IDN&flow=total&from=2024&to=2024");
    expect(r.observations.map((o) => [o.period, o.periodType, o.value])).toEqual([
      ["2024", "year", 147990000000],
      ["2024-01/2024-09", "ytd", 105621000000],
    ]);
  });

  it("gives Indonesia's own statistics (BPS) with reporter=IDN, partner CHN and flows from Indonesia's side", async () => {
    const r = await ok("?reporter=IDN&from=2024&to=2024&periodType=year");
    expect(r.reporter).toBe("IDN");
    expect(r.observations.map((o) => [o.reporter, o.partner, o.flow, o.value, o.status])).toEqual([
      ["IDN", "CHN", "export", 62430000000, "reported"],
      ["IDN", "CHN", "import", 70000000000, "approximate"],
    ]);
  });

  it("answers month periods with periodType=month, and says month in every row", async () => {
    const r = await ok("?partner=WLD&periodType=month");
    expect(r.observations.map((o) => [o.period, o.periodType, o.flow])).toEqual([
      ["2026-02", "month", "total"],
      ["2026-02", "month", "export"],
      ["2026-02", "month", "import"],
    ]);
  });
});

describe("partner=CA5 never includes Indonesia", () => {
  it("answers only the five's own figures, and no derivation of them reads Indonesia's", async () => {
    const r = await ok("?partner=CA5");
    expect(new Set(r.observations.map((o) => o.partner))).toEqual(new Set(["CA5"]));
    for (const o of r.observations) expect(`${o.derivation ?? ""} ${o.note ?? ""}`).not.toMatch(/Indonesia|IDN/);
  });

  it("sums exactly the five countries where the five's part-year total is derived (Jan–Oct 2025: 88.1 bn)", async () => {
    const ca5 = await ok("?partner=CA5&flow=total&periodType=ytd&from=2025&to=2025");
    const five = await ok(`?partner=${COUNTRIES.join(",")}&flow=total&periodType=ytd&from=2025&to=2025`);
    const jan = (x: TradeResponse) => x.observations.filter((o) => o.period === "2025-01/2025-10");
    expect(jan(ca5).map((o) => o.value)).toEqual([88100000000]);
    expect(jan(five).reduce((sum, o) => sum + (o.value ?? 0), 0)).toBe(88100000000);
  });

  it("refuses partner=IDN with reporter=IDN: a country's own figures have the partner CHN", async () => {
    const res = handleTrade(new Request("http://localhost/api/trade?reporter=IDN&partner=IDN"));
    expect(res.status).toBe(400);
  });
});
