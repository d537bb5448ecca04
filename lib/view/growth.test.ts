import { describe, expect, it } from "vitest";
import { formatPercent } from "@/lib/format/number";
import { ratio, toDecimalString } from "@/lib/money/ratio";
import { cagrRows, compoundRate, withChange } from "./growth";
import { missingRow, type FigureRow } from "./rows";

const row = (year: number, value: number | null, partner: FigureRow["partner"] = "CA5", periodType: FigureRow["periodType"] = "year"): FigureRow => ({
  ...missingRow(String(year), year, partner, "total"),
  periodType,
  value: value === null ? null : ratio(BigInt(value)),
  status: value === null ? null : "reported",
  sourceIds: value === null ? [] : [`src-${year}`],
  unavailable: value === null ? "no-data" : null,
});

const pct = (r: FigureRow | undefined) => (r?.change ? toDecimalString(r.change, 6) : null);

describe("withChange", () => {
  it.each<[string, FigureRow[], (string | null)[]]>([
    ["exact change on the previous year", [row(2023, 89_400_000_000), row(2024, 94_820_000_000)], [null, "0.060626"]],
    ["a fall is negative", [row(2019, 46_000), row(2020, 38_600)], [null, "-0.160870"]],
    ["never across a gap: the year after a hole has none", [row(2020, 100), row(2021, null), row(2022, 150)], [null, null, null]],
    ["each series on its own", [row(2023, 100), row(2023, 10, "KAZ"), row(2024, 110), row(2024, 15, "KAZ")], [null, null, "0.100000", "0.500000"]],
  ])("%s", (_label, rows, expected) => {
    expect(withChange(rows).map(pct)).toEqual(expected);
  });

  it("leaves part-year periods out", () => {
    expect(withChange([row(2024, 100), row(2025, 40, "CA5", "ytd")]).map((r) => r.period)).toEqual(["2024"]);
  });
});

describe("compoundRate", () => {
  it.each<[number, number, number, string | null]>([
    [100, 121, 2, "0.10000000"],
    [460_000_000, 106_300_000_000, 33, "0.17931"],
    [200, 100, 1, "-0.50000000"],
    [100, 100, 0, null],
    [0, 100, 3, null],
  ])("%i → %i over %i years is %s", (first, last, years, expected) => {
    const r = compoundRate(ratio(BigInt(first)), ratio(BigInt(last)), years);
    expect(r === null ? null : toDecimalString(r, 8).slice(0, expected?.length ?? 0)).toBe(expected);
  });
});

describe("cagrRows", () => {
  it("gives one row per series over the range, naming its span and both ends' sources", () => {
    const rows = [row(1992, 460_000_000), row(2000, null), row(2025, 106_300_000_000), row(1992, 10, "KAZ"), row(2025, null, "KAZ")];
    const [ca5, kaz] = cagrRows(rows, { from: 1992, to: 2025 });
    expect(ca5).toMatchObject({ period: "1992–2025", status: "derived", span: { from: 1992, to: 2025 }, sourceIds: ["src-1992", "src-2025"] });
    expect(formatPercent(ca5?.change ?? ratio(0n), "en", true, 1)).toBe("+17.9%");
    expect(ca5?.derivation).toBe("(2025 ÷ 1992)^(1/33) − 1, over 33 years");
    expect(kaz).toMatchObject({ change: null, status: null, unavailable: "no-data" });
  });
});
