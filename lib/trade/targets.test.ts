import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { reshapeTarget } from "@/lib/data/reshape";
import { parseScaled, toDecimalString } from "@/lib/money/ratio";
import type { TargetRecord } from "@/lib/schema/composition";
import { targetStatus } from "./targets";

const data = getDataset();
const status = (partner: string, value: string) => {
  const t = data.targets.find((x) => x.partner === partner && x.value === value);
  if (!t) throw new Error(`no ${partner} ${value} target`);
  return targetStatus(t, data.observations);
};
const made = (over: Partial<TargetRecord>) =>
  targetStatus(reshapeTarget({ partner: "KGZ", value: "45", unit: "billion", currency: "USD", targetYear: 2030, announced: "2025-02", announcedDate: "2025-02", sourceId: "x", ...over }), data.observations);

describe("targetStatus against China's customs totals", () => {
  it.each<[string, string, number | null, boolean]>([
    ["CA5", "70", 2022, false],
    ["CA5", "100", 2025, false],
    ["KAZ", "40", 2023, false],
    ["KAZ", "35", 2023, false],
    ["UZB", "10", 2023, false],
    ["UZB", "20", null, false],
    ["KGZ", "45", null, false],
  ])("%s US$%s bn: reached in %s (late: %s)", (partner, value, year, late) => {
    const s = status(partner, value);
    expect([s.reachedIn, s.late]).toEqual([year, late]);
  });

  it("a target met after its deadline says so: Tajikistan's US$3 bn by 2019, met in 2023", () => {
    const s = data.targets.filter((t) => t.partner === "TJK").map((t) => targetStatus(t, data.observations));
    expect(s.map((x) => [x.target.targetYear, x.reachedIn, x.late])).toEqual([
      [2019, 2023, true],
      [null, 2023, false],
    ]);
  });

  it("gives the growth Kyrgyzstan's US$45 bn by 2030 needs from 2025 (US$27.2 bn), beside the last five years'", () => {
    const s = status("KGZ", "45");
    // (45 / 27.2)^(1/5) − 1 = 0.10593…; (27.2 / 2.911…)^(1/5) − 1 = 0.56351…
    expect(s.neededGrowth && toDecimalString(s.neededGrowth, 4)).toBe("0.1059");
    expect(s.recentGrowth && [s.recentGrowth.from, s.recentGrowth.to, toDecimalString(s.recentGrowth.rate, 4)]).toEqual([2020, 2025, "0.5635"]);
  });

  it.each<[string, Partial<TargetRecord>, { needed: boolean; missed: boolean; reachedIn: number | null }]>([
    ["a target without a year needs no growth rate", { targetYear: null }, { needed: false, missed: false, reachedIn: null }],
    ["a passed year without the target met is missed", { targetYear: 2024 }, { needed: false, missed: true, reachedIn: null }],
    ["a level already met before it was announced counts from the announcement", { value: "5", announcedDate: "2022" }, { needed: false, missed: false, reachedIn: 2022 }],
  ])("%s", (_label, over, expected) => {
    const s = made(over);
    expect({ needed: s.neededGrowth !== null, missed: s.missed, reachedIn: s.reachedIn }).toEqual(expected);
  });

  it("measures in whole dollars", () => {
    expect(toDecimalString(made({}).target.amount, 0)).toBe(toDecimalString(parseScaled("45", 9), 0));
  });
});
