import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { toDecimalString } from "@/lib/money/ratio";
import { disagreeSourceIds, latestMirror, regionalMirror, yardstickMirror } from "./disagree";

const data = getDataset();

describe("why sources disagree", () => {
  it("gives each country's latest year with both figures", () => {
    expect(latestMirror(data).map((r) => [r.country, r.china.period])).toEqual([
      ["KAZ", "2022"],
      ["KGZ", "2024"],
      ["TJK", "2024"],
      ["UZB", "2025"],
    ]);
  });

  it("sets the Eurasian Development Bank's 2024 figure from national statistics against China's total for the five", () => {
    const [edb, ...rest] = regionalMirror(data);
    expect(rest).toEqual([]);
    expect(edb?.figure).toMatchObject({ id: "edb-2024", sourceId: "timesca-2025" });
    expect(toDecimalString(edb?.other ?? { num: 0n, den: 1n }, 0)).toBe("66200000000");
    expect(edb?.china).toMatchObject({ period: "2024", partner: "CA5", flow: "total", sourceId: "astanatimes-2025-01" });
    expect(toDecimalString(edb?.gap ?? { num: 0n, den: 1n }, 3)).toBe("1.432");
  });

  it("names every source the section cites, so the page's list can hold them", () => {
    expect(disagreeSourceIds(data)).toEqual(expect.arrayContaining(["trend-2025-03-17", "orda-2025-01", "caspianpost-2026-uzstat", "timesca-2025", "astanatimes-2025-01"]));
  });

  it("sets Indonesia's own statistics (BPS) against China's for the same flow, where both exist: 2021, China's imports against Indonesia's exports", () => {
    expect(yardstickMirror(data).map((m) => [m.country, m.year, m.chinaFlow, m.ownFlow, m.china.sourceIds[0], m.own.sourceIds[0], toDecimalString(m.gap, 3)])).toEqual([
      ["IDN", 2021, "import", "export", "reuters-bangkokpost-2022-07", "goodstats-bps-2024", "1.187"],
    ]);
    expect(disagreeSourceIds(data)).toEqual(expect.arrayContaining(["reuters-bangkokpost-2022-07", "goodstats-bps-2024"]));
  });
});
