import { describe, expect, it } from "vitest";
import { growthOfFactor, lastPlace, PHRASINGS, readDerivation, roundingOf, type Draft } from "./phrasings";

const china = (partner: string, flow: string) => ({ reporter: "CHN", partner, flow });

/** Every phrasing the reference files use, in their own words (one note each), and the draft it reads as. */
describe("readDerivation reads each phrasing of the reference files", () => {
  it.each<[text: string, record: { reporter: string; partner: string; flow: string }, draft: Partial<Draft>]>([
    ["export + import (222.441 + 140.923) from IMF DOTS China file", china("KAZ", "total"), { shape: "flows", stated: ["222.441", "140.923"], ownSource: true }],
    ["export + import (84940.3 + 59526.7) from IMF DOTS China file, row 9 (World)", china("WLD", "total"), { shape: "flows", stated: ["84940.3", "59526.7"], ownSource: true }],
    [
      "export + import (3061.218 + 4402.032) from IMF DOTS China file; DOTS_40.xlsx 'Exports, FOB' and 'Imports, CIF' r62 (Indonesia) cZ; check: aktamedia-2025-09-03 gives 2000 Indonesia-China trade US$ 7,464 miliar, DOTS 7,463.25 million (-0.01%)",
      china("IDN", "total"),
      { shape: "flows", stated: ["3061.218", "4402.032"], ownSource: true },
    ],
    ["export + import (3938.66481 + 2324.30026) from IMF DOTS China file; existing row (6.4 bn) differs -2.14% (>2%); DOTS is the unrounded customs figure; recommend this as primary", china("UZB", "total"), { shape: "flows", rounding: {} }],
    ["export + import (26000 + 11000) from UN Comtrade", china("KAZ", "total"), { shape: "flows", ownSource: true }],
    ["Kyrgyzstan-reported export + import with China (IMF DOTS partner file); not comparable 1:1 with CHN rows", { reporter: "KGZ", partner: "CHN", flow: "total" }, { shape: "flows", stated: [], ownSource: true }],
    ["sum of China's exports to KAZ+KGZ+TJK+TKM+UZB (IMF DOTS China file)", china("CA5", "export"), { shape: "five", stated: [], ownSource: true }],
    ["sum of China's imports from KAZ+KGZ+TJK+TKM+UZB (UN Comtrade)", china("CA5", "import"), { shape: "five", ownSource: true }],
    ["sum of the five country totals (IMF DOTS China file); existing reported row (460 million) kept primary; DOTS differs -4.71%", china("CA5", "total"), { shape: "five", stated: [], ownSource: true }],
    ["derived = sum of the five Jan-Oct 2024 country totals (17.4+36.5+11.1+3.3+8.9); full-year 2024 CA5 94.82 (trade.csv)", china("CA5", "total"), { shape: "five", stated: ["17.4", "36.5", "11.1", "3.3", "8.9"], ownSource: false, rounding: {} }],
    [
      "derived = sum of the five Jan-Oct 2025 country totals (23.6+39.8+12.9+3.5+8.3), inputs rounded to 0.1 bn; +14.1% vs the same sum for Jan-Oct 2024 (77.2); full-year 2025 CA5 106.3 (trade.csv)",
      china("CA5", "total"),
      { shape: "five", stated: ["23.6", "39.8", "12.9", "3.5", "8.3"], rounding: { amounts: { billions: "0.1" } } },
    ],
    ["312.04 bn CNY / 6.1932 CNY per USD (PBoC 2013 average); Xinhua's own 43.48 uses a 2025 rate; MOFCOM via China Daily 2014-02-13 said about 40 bn: treat as uncertain", china("CA5", "total"), { shape: "in-yuan", stated: ["312.04"], rate: "6.1932", roundedOutput: true }],
    [
      "derived = 70.2 / 1.40 from MOFCOM 2022 total $70.2bn with '40-percent increase' (growth rounded, so +/-0.3 bn); trade.csv keeps 50 billion (chinadaily-2022-09-12) as primary",
      china("CA5", "total"),
      { shape: "next-year", stated: ["70.2"], growthPercent: "40", rounding: { growth: "last-place" }, roundedOutput: true },
    ],
    [
      "derived = 15.5 / (1+1.056): CCTV gives 2022 China-KGZ trade 155亿美元 up 105.6% y/y; no direct 2021 figure found; rounding of inputs gives +/-0.03 bn",
      china("KGZ", "total"),
      { shape: "next-year", stated: ["15.5"], growthPercent: "105.6", rounding: { amounts: "last-place", growth: "last-place" } },
    ],
    ["derived = 9.6 / (1-0.066): Eurasianet 2023 Turkmen exports to China $9.6bn, 6.6% below 2022; exp+imp derived sum 11.18 matches reported total 11.181", china("TKM", "import"), { shape: "next-year", stated: ["9.6"], growthPercent: "-6.6" }],
    ["derived = 1.0 / 1.113: Eurasianet 2023 China exports to TKM $1bn, +11.3% on 2022 (input rounded to 0.1bn, so +/-0.05)", china("TKM", "export"), { growthPercent: "11.3", rounding: { amounts: { billions: "0.1" } } }],
    ["derived = 14 / 1.45 from Eurasianet/GACC 2023 $14bn +45%; input rounded so +/-0.04bn; no direct China-reported 2022 UZB total found", china("UZB", "total"), { stated: ["14"], growthPercent: "45", rounding: { amounts: "last-place" } }],
    ["derived = 41.02 / 1.322 from Xinhua 2023 figure 410.2亿美元 +32.2%; ~0.2 bn below the reported 31.2 (revision/rounding); trade.csv keeps 31.2 billion", china("KAZ", "total"), { growthPercent: "32.2", rounding: {} }],
    ["10.6 / 0.948 (2023 growth -5.2%)", china("TKM", "total"), { shape: "next-year", stated: ["10.6"], growthPercent: "-5.2", roundedOutput: true }],
    ["19.8 - 0.08", china("KGZ", "export"), { shape: "flow-difference", stated: ["19.8", "0.08"], ownSource: false }],
    ["derived = 5.28 - 4.82", china("TKM", "export"), { shape: "flow-difference", stated: ["5.28", "4.82"] }],
    ["derived = 26.4 + 13.5 (approximate inputs); H1 2024 44.32 / 1.113 implies 39.8", china("CA5", "total"), { shape: "flows", stated: ["26.4", "13.5"], ownSource: false, rounding: {} }],
    [
      "derived = 9.4 + 0.0955; the five H1 2024 country totals then sum to 44.54 vs the stated 44.32 (0.5% gap from rounding of the 9.4)",
      china("KGZ", "total"),
      { shape: "flows", stated: ["9.4", "0.0955"], rounding: { amounts: "last-place", only: "9.4" } },
    ],
    ["derived = 30.5 + 40.2 (BPS flows); China's own Jan-Sep 2025 figure is 120.5 bn", { reporter: "IDN", partner: "CHN", flow: "total" }, { shape: "flows", stated: ["30.5", "40.2"] }],
  ])("%s", (text, record, expected) => {
    const read = readDerivation(text, record);
    expect("draft" in read ? read.draft : read).toMatchObject(expected);
  });

  it("has a phrasing for each shape of the reference files, and each is tested above", () => {
    expect(PHRASINGS.map((p) => p.name)).toHaveLength(9);
  });
});

describe("readDerivation refuses, quoting the text, what it does not read", () => {
  it.each([
    ["a new phrasing", "total = exports plus imports", china("KAZ", "total"), "says how in words the importer does not read"],
    ["a product", "derived = 2 * 3.1", china("KAZ", "total"), "says how in words the importer does not read"],
    ["a rounding it does not read", "derived = 9.4 + 0.0955; figures rounded to taste", china("KGZ", "total"), "it mentions rounding in words the importer does not read"],
    ["rounding said twice", "derived = 1.0 / 1.113 (input rounded to 0.1bn, so +/-0.05); input rounded so +/-0.04bn", china("TKM", "export"), "it says twice how its inputs were rounded"],
    ["another country than the reporter", "Kazakhstan-reported export + import with China (IMF DOTS partner file)", { reporter: "KGZ", partner: "CHN", flow: "total" }, "it names Kazakhstan, the figure's reporter is KGZ"],
    ["another flow than the figure's", "sum of China's exports to KAZ+KGZ+TJK+TKM+UZB (IMF DOTS China file)", china("CA5", "import"), "it sums China's exports to the five, the figure's flow is import"],
  ])("%s", (_label, text, record, problem) => {
    const read = readDerivation(text, record);
    expect("problem" in read ? read.problem : "").toContain(`"${text}"`);
    expect("problem" in read ? read.problem : "").toContain(problem);
  });
});

describe("numbers as the notes write them", () => {
  it.each([
    ["1.40", "40"],
    ["1.056", "5.6"],
    ["2.056", "105.6"],
    ["0.948", "-5.2"],
    ["0.934", "-6.6"],
    ["1.5", "50"],
  ])("the factor %s is a growth of %s%", (factor, percent) => {
    expect(growthOfFactor(factor)).toBe(percent);
  });

  it.each([
    ["23.6", "0.1"],
    ["14.0", "0.1"],
    ["40", "1"],
    ["0.0955", "0.0001"],
  ])("%s is written to %s", (value, step) => {
    expect(lastPlace(value)).toBe(step);
  });

  it("a note without a word of rounding rounds nothing", () => {
    expect(roundingOf("export + import (1 + 2) from IMF DOTS China file")).toEqual({});
  });
});
