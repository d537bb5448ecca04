import { describe, expect, it } from "vitest";
import { recentSplit } from "./recent-split";

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("recentSplit", () => {
  it.each<[string, number[], number[], number, ReturnType<typeof recentSplit<number>>]>([
    ["34 years: the last five in view", years(1992, 2025), [2024, 2025], 5, { recent: years(2021, 2025), earlier: years(1992, 2020), earlierChosen: [] }],
    ["a ticked earlier year is named", years(1992, 2025), [2010, 2025, 1995], 5, { recent: years(2021, 2025), earlier: years(1992, 2020), earlierChosen: [1995, 2010] }],
    ["six years: no disclosure for one", years(2020, 2025), [2025], 5, { recent: years(2020, 2025), earlier: [], earlierChosen: [] }],
    ["fewer than five", [2024, 2025], [2024], 5, { recent: [2024, 2025], earlier: [], earlierChosen: [] }],
    ["seven years: two behind the disclosure", years(2019, 2025), [2019], 5, { recent: years(2021, 2025), earlier: [2019, 2020], earlierChosen: [2019] }],
  ])("%s", (_label, options, chosen, recent, expected) => {
    expect(recentSplit(options, chosen, recent)).toEqual(expected);
  });
});
