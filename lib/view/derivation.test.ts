import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { WorkedFormula, WorkedInput } from "@/lib/schema/api-formula";
import type { Flow, Partner } from "@/lib/schema/primitives";
import { derivationText, sourceName, type DerivedCell } from "./derivation";

const PUBLISHERS: Record<string, string> = {
  "imf-dots-chn": "International Monetary Fund, Direction of Trade Statistics (xlsx download committed to GitHub repo SamLeBlanc/Direction-of-Trade-Map)",
  "eurasianet-2024-02": "Eurasianet (via wenewsenglish.pk)",
  "xinhua-2025-06-15": "Xinhua (China Daily mirror)",
  "pboc-safe-official": "People's Bank of China / SAFE official averages (via an encyclopedia mirror)",
  "intellinews-2025-12": "bne IntelliNews (Eurasianet China-Central Asia Monitor: Nov. 24-30, 2025), citing Chinese official data",
};
const DOTS = "International Monetary Fund, Direction of Trade Statistics";

const amount = (value: string, unit: "million" | "billion", sourceId: string, cell?: { period?: string; partner?: Partner; flow?: Flow }, currency: "USD" | "CNY" = "USD"): WorkedInput => ({
  kind: "amount",
  value,
  unit,
  currency,
  sourceId,
  ...(cell ? { cell: { period: cell.period ?? "1992", reporter: "CHN", partner: cell.partner ?? "KAZ", flow: cell.flow ?? "total" } } : {}),
});
const figure = (period: string, partner: Partner = "KAZ", flow: DerivedCell["flow"] = "total"): DerivedCell => ({ period, reporter: "CHN", partner, flow });

const write = (f: WorkedFormula, cell: DerivedCell, locale: Locale) => derivationText(f, cell, { t: messagesFor(locale), locale }, (id) => PUBLISHERS[id]);

const FIVE = (["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const).map((partner, i) => amount(["16.1", "2.3", "1.9", "0.4", "9.8"][i] as string, "billion", "intellinews-2025-12", { period: "2025-01/2025-10", partner }));

/** Each operation, in both languages: [what, formula, the figure's cell, Indonesian, English]. */
const CASES: [string, WorkedFormula, DerivedCell, string, string][] = [
  [
    "sum of a cell's two flows",
    { op: "sum", inputs: [amount("110.173", "million", "imf-dots-chn", { flow: "export" }), amount("67.437", "million", "imf-dots-chn", { flow: "import" })] },
    figure("1992"),
    `ekspor + impor (110,173 + 67,437 juta dolar AS); sumber: ${DOTS}`,
    `exports + imports (110.173 + 67.437 million US dollars); source: ${DOTS}`,
  ],
  [
    "sum of the five countries",
    { op: "sum", inputs: FIVE },
    figure("2025-01/2025-10", "CA5"),
    "Kazakhstan + Kirgistan + Tajikistan + Turkmenistan + Uzbekistan (16,1 + 2,3 + 1,9 + 0,4 + 9,8 miliar dolar AS); sumber: bne IntelliNews",
    "Kazakhstan + Kyrgyzstan + Tajikistan + Turkmenistan + Uzbekistan (16.1 + 2.3 + 1.9 + 0.4 + 9.8 billion US dollars); source: bne IntelliNews",
  ],
  [
    "difference of a total and a flow",
    { op: "difference", inputs: [amount("2100.5", "million", "imf-dots-chn", { flow: "total" }), amount("1500", "million", "imf-dots-chn", { flow: "export" })] },
    figure("1995", "KAZ", "import"),
    `total − ekspor (2.100,5 − 1.500 juta dolar AS); sumber: ${DOTS}`,
    `total − exports (2,100.5 − 1,500 million US dollars); source: ${DOTS}`,
  ],
  [
    "difference of two amounts in different units, each with its own",
    { op: "difference", inputs: [amount("9.4", "billion", "eurasianet-2024-02", { flow: "export" }), amount("780", "million", "eurasianet-2024-02", { flow: "import" })] },
    figure("2023", "KAZ", "balance"),
    "ekspor 9,4 miliar dolar AS − impor 780 juta dolar AS; sumber: Eurasianet",
    "exports 9.4 billion US dollars − imports 780 million US dollars; source: Eurasianet",
  ],
  [
    "mean of two periods",
    { op: "mean", inputs: [amount("1.5", "billion", "eurasianet-2024-02", { period: "2023" }), amount("2.5", "billion", "eurasianet-2024-02", { period: "2024" })] },
    figure("2024"),
    "rata-rata dari 2023 + 2024 (1,5 + 2,5 miliar dolar AS); sumber: Eurasianet",
    "the mean of 2023 + 2024 (1.5 + 2.5 billion US dollars); source: Eurasianet",
  ],
  [
    "a year worked back from the next year's figure in data/",
    { op: "before-growth", inputs: [amount("19.8", "billion", "eurasianet-2024-02", { period: "2023", partner: "KGZ" }), { kind: "growth", percent: "28.8", sourceId: "eurasianet-2024-02" }], precision: "0.01" },
    figure("2022", "KGZ"),
    "19,8 miliar dolar AS pada 2023 ÷ (1 + 28,8%), dengan pertumbuhan yang dinyatakan untuk 2023; sumber: Eurasianet",
    "19.8 billion US dollars in 2023 ÷ (1 + 28.8%), with the growth stated for 2023; source: Eurasianet",
  ],
  [
    "a year worked back from an amount a source states, with a fall",
    { op: "before-growth", inputs: [amount("10.6", "billion", "eurasianet-2024-02"), { kind: "growth", percent: "-5.2", sourceId: "eurasianet-2024-02" }] },
    figure("2022", "TKM"),
    "10,6 miliar dolar AS pada 2023 ÷ (1 − 5,2%), dengan pertumbuhan yang dinyatakan untuk 2023; sumber: Eurasianet",
    "10.6 billion US dollars in 2023 ÷ (1 − 5.2%), with the growth stated for 2023; source: Eurasianet",
  ],
  [
    "yuan converted at a rate",
    {
      op: "convert",
      inputs: [amount("312.04", "billion", "xinhua-2025-06-15", { period: "2013", partner: "CA5" }, "CNY"), { kind: "rate", value: "6.1932", quote: "CNY", basis: "annual_average_official", period: "2013", sourceId: "pboc-safe-official" }],
      precision: "0.01",
    },
    figure("2013", "CA5"),
    "312,04 miliar yuan ÷ 6,1932 yuan per dolar AS (kurs resmi rata-rata 2013); sumber: Xinhua, People's Bank of China / SAFE official averages",
    "312.04 billion yuan ÷ 6.1932 yuan per US dollar (official average rate 2013); sources: Xinhua, People's Bank of China / SAFE official averages",
  ],
];

describe("derivationText", () => {
  it.each(CASES)("%s", (_, formula, cell, id, en) => {
    expect(write(formula, cell, "id")).toBe(id);
    expect(write(formula, cell, "en")).toBe(en);
  });

  it("gives null where the inputs do not fit the operation", () => {
    expect(write({ op: "convert", inputs: [amount("1", "billion", "eurasianet-2024-02"), amount("2", "billion", "eurasianet-2024-02")] }, figure("2024"), "id")).toBeNull();
  });
});

describe("sourceName", () => {
  it.each([
    [PUBLISHERS["imf-dots-chn"], DOTS],
    ["WMHG.org citing BPS", "WMHG.org"],
    ["The Times of Central Asia, citing Chinese statistics", "The Times of Central Asia"],
    [PUBLISHERS["intellinews-2025-12"], "bne IntelliNews"],
    ["CGTN", "CGTN"],
  ])("%s → %s", (publisher, name) => {
    expect(sourceName(publisher as string)).toBe(name);
  });
});
