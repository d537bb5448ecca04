import { describe, expect, it } from "vitest";
import { apiError } from "@/lib/schema/api";
import { compositionResponse, targetsResponse } from "@/lib/schema/api-composition";
import { handleComposition, handleTargets } from "./composition";

const targets = async (query = "") => {
  const res = handleTargets(new Request(`http://localhost/api/targets${query}`));
  expect(res.status).toBe(200);
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  return targetsResponse.parse(await res.json()).targets;
};
const composition = async (query: string) => {
  const res = handleComposition(new Request(`http://localhost/api/composition${query}`));
  expect(res.status).toBe(200);
  return compositionResponse.parse(await res.json()).products;
};

describe("GET /api/targets", () => {
  it("has all nine targets, each with the year China's figures met it", async () => {
    const all = await targets();
    expect(all).toHaveLength(9);
    const find = (p: string, v: string) => all.find((t) => t.partner === p && t.value === v);
    expect(find("CA5", "70")).toMatchObject({ reachedIn: 2022, targetYear: 2030, late: false, neededGrowth: null });
    expect(find("KAZ", "40")).toMatchObject({ reachedIn: 2023 });
    expect(find("CA5", "100")).toMatchObject({ reachedIn: 2025, valueUsd: 100000000000 });
  });

  it("gives a target not yet met the growth it needs, beside the last five years'", async () => {
    const kgz = (await targets("?partner=KGZ"))[0];
    expect(kgz).toMatchObject({ value: "45", reachedIn: null, latestYear: 2025, latestValueUsd: 27200000000, neededGrowth: "0.105933", recentGrowth: { from: 2020, to: 2025, rate: "0.563507" } });
  });

  it("says when a target was met late, and when it has no year", async () => {
    const tjk = await targets("?partner=TJK");
    expect(tjk.map((t) => [t.targetYear, t.targetYearAsStated, t.reachedIn, t.late])).toEqual([
      [2019, "2019 (five years from 2014)", 2023, true],
      [null, '"near future" (no year)', 2023, false],
    ]);
  });

  it.each([
    ["?partner=XYZ", "partner", "unknown value"],
    ["?year=2024", "year", "unknown parameter"],
  ])("%s is a 400 naming %s", async (query, param, text) => {
    const res = handleTargets(new Request(`http://localhost/api/targets${query}`));
    expect(res.status).toBe(400);
    expect(apiError.parse(await res.json()).issues.find((i) => i.param === param)?.message).toContain(text);
  });

  it("answers the same as CSV", async () => {
    const res = handleTargets(new Request("http://localhost/api/targets.csv?partner=CA5"), "csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="china-central-asia-trade-targets_CA5.csv"');
    const [header, first] = (await res.text()).split("\r\n");
    expect(header).toBe(
      "partner,value,unit,currency,value_usd,target_year,target_year_as_stated,announced,announced_date,reached_in,late,missed,latest_year,latest_value_usd,needed_growth,recent_growth_from,recent_growth_to,recent_growth_rate,compared_with,source_id,note,note_id",
    );
    expect(first).toBe(`CA5,70,billion,USD,70000000000,2030,,"2022-01 (Xi, virtual China-Central Asia summit)",2022-01,2022,false,false,2025,106300000000,,2020,2025,0.224586,"China's customs (reporter CHN): the pair's total trade, full years, US dollars",orient-tm-2022-09,,`);
  });
});

describe("GET /api/composition", () => {
  it("gives Kazakhstan's 2021 exports to China by HS chapter, mineral fuels at 31.5%", async () => {
    const rows = await composition("?partner=KAZ&year=2021&flow=export");
    const chapters = rows.filter((r) => r.classification === "HS2002 chapter (BACI)");
    expect(chapters.length).toBeGreaterThanOrEqual(10);
    expect(chapters[0]).toMatchObject({ product: "Mineral fuels, oils, products of distillation", code: "HS 27", sharePercent: "31.52", valueUsd: 3383065705, reporter: "KAZ", sourceId: "kevin-s-reyes-2023-07-21" });
    expect(rows.find((r) => r.code === "TOTAL")).toMatchObject({ valueUsd: 10731709714 });
  });

  it("reads China's imports from Turkmenistan as Turkmenistan's exports to China", async () => {
    const rows = await composition("?partner=TKM&flow=export");
    expect(rows.find((r) => r.year === 2022 && r.code === "HS 2711")).toMatchObject({ reporter: "CHN", value: "10.25", unit: "billion", valueUsd: 10250000000, sharePercent: "99.7" });
  });

  it.each([
    ["?partner=CHN", "partner", "must be one of CA5"],
    ["?year=1800", "year", "from 2014 to 2025"],
    ["?flow=out", "flow", "must be export"],
  ])("%s is a 400 naming %s", async (query, param, text) => {
    const res = handleComposition(new Request(`http://localhost/api/composition${query}`));
    expect(res.status).toBe(400);
    expect(apiError.parse(await res.json()).issues.find((i) => i.param === param)?.message).toContain(text);
  });
});
