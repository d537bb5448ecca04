import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { reshapeObservation } from "@/lib/data/reshape";
import { toDecimalString } from "@/lib/money/ratio";
import type { ObservationRecord } from "@/lib/schema/data";
import { COUNTRIES } from "@/lib/schema/values";
import { periodOf, spanOf, yearSoFar } from "./year-so-far";

const obs = (period: string, partner: ObservationRecord["partner"], value: string, extra: Partial<ObservationRecord> = {}) =>
  reshapeObservation({ period, periodType: period.length === 4 ? "year" : period.includes("/") ? "ytd" : "month", reporter: "CHN", partner, flow: "total", value, unit: "billion", currency: "USD", status: "reported", primary: true, sourceId: "s", ...extra });

/** Each comparison as "partner flow period vs period: change". */
const pairs = (list: Parameters<typeof yearSoFar>[0]) =>
  yearSoFar(list).comparisons.map((c) => `${c.reporter === "CHN" ? "" : `${c.reporter}→`}${c.partner} ${c.flow} ${c.current.period} vs ${c.previous.period}: ${toDecimalString(c.change, 4)}`);
const alone = (list: Parameters<typeof yearSoFar>[0]) => yearSoFar(list).alone.map((a) => `${a.partner} ${a.figure.period}`);

describe("spanOf and periodOf", () => {
  it.each([
    ["2025-01/2025-10", { year: 2025, span: { from: 1, to: 10 } }],
    ["2026-02", { year: 2026, span: { from: 2, to: 2 } }],
    ["2025", null],
    ["2024-12/2025-01", null],
  ])("%s", (period, expected) => {
    expect(spanOf(period)).toEqual(expected);
  });

  it("gives the same months of another year", () => {
    expect(periodOf(2024, { from: 1, to: 10 }, "ytd")).toBe("2024-01/2024-10");
    expect(periodOf(2025, { from: 2, to: 2 }, "month")).toBe("2025-02");
  });
});

describe("yearSoFar pairs the same months a year apart, and nothing else", () => {
  it.each<[string, ReturnType<typeof obs>[], string[], string[]]>([
    ["the same months a year apart", [obs("2025-01/2025-10", "KAZ", "39.8"), obs("2024-01/2024-10", "KAZ", "36.5")], ["KAZ total 2025-01/2025-10 vs 2024-01/2024-10: 0.0904"], []],
    ["other months are not the same months", [obs("2025-01/2025-10", "KAZ", "39.8"), obs("2024-01/2024-09", "KAZ", "30")], [], ["KAZ 2025-01/2025-10", "KAZ 2024-01/2024-09"]],
    ["two years apart is not the year before", [obs("2025-01/2025-06", "KAZ", "20"), obs("2023-01/2023-06", "KAZ", "18")], [], ["KAZ 2025-01/2025-06", "KAZ 2023-01/2023-06"]],
    ["a full year is never a part of one", [obs("2025-01/2025-10", "KAZ", "39.8"), obs("2024", "KAZ", "43.82")], [], ["KAZ 2025-01/2025-10"]],
    ["one month against the same month", [obs("2026-02", "WLD", "508.78"), obs("2025-02", "WLD", "398.4")], ["WLD total 2026-02 vs 2025-02: 0.2771"], []],
    ["another partner is not the same cell", [obs("2025-01/2025-10", "KAZ", "39.8"), obs("2024-01/2024-10", "KGZ", "17.4")], [], ["KAZ 2025-01/2025-10", "KGZ 2024-01/2024-10"]],
    ["a country's own figure is not China's", [obs("2025-01/2025-11", "CHN", "14.6", { reporter: "UZB" }), obs("2024-01/2024-11", "UZB", "11.2")], [], ["CHN 2025-01/2025-11", "UZB 2024-01/2024-11"]],
    ["an alternative is not the figure shown", [obs("2025-01/2025-10", "KAZ", "39.8"), obs("2024-01/2024-10", "KAZ", "36.5", { primary: false })], [], ["KAZ 2025-01/2025-10"]],
    ["yuan against dollars is never compared", [obs("2025-01/2025-05", "CA5", "286.42", { currency: "CNY" }), obs("2024-01/2024-05", "CA5", "36")], [], ["CA5 2025-01/2025-05", "CA5 2024-01/2024-05"]],
    ["yuan against yuan is", [obs("2025-01/2025-05", "CA5", "286.42", { currency: "CNY" }), obs("2024-01/2024-05", "CA5", "260", { currency: "CNY" })], ["CA5 total 2025-01/2025-05 vs 2024-01/2024-05: 0.1016"], []],
  ])("%s", (_label, list, expectedPairs, expectedAlone) => {
    expect(pairs(list)).toEqual(expectedPairs);
    expect(alone(list)).toEqual(expectedAlone);
  });
});

describe("the five's sum, where the data gives no total for them", () => {
  const five = (period: string, values: string[]) => COUNTRIES.map((c, i) => obs(period, c, values[i] ?? "0"));

  it("is derived from all five, said so, and compared", () => {
    const list = [...five("2025-01/2025-10", ["39.8", "23.6", "3.5", "8.3", "12.9"]), ...five("2024-01/2024-10", ["36.5", "17.4", "3.3", "8.9", "11.1"])];
    const ca5 = yearSoFar(list).comparisons.find((c) => c.partner === "CA5");
    expect(ca5 && [toDecimalString(ca5.current.value, 0), toDecimalString(ca5.previous.value, 0), toDecimalString(ca5.change, 3)]).toEqual(["88100000000", "77200000000", "0.141"]);
    expect(ca5?.current).toMatchObject({ status: "derived", derivation: expect.stringContaining("sum of the five countries' 2025-01/2025-10 figures") });
  });

  it("is never made with a country missing", () => {
    const list = [...five("2025-01/2025-10", ["39.8", "23.6", "3.5", "8.3", "12.9"]).slice(0, 4), ...five("2024-01/2024-10", ["36.5", "17.4", "3.3", "8.9", "11.1"])];
    expect(yearSoFar(list).comparisons.filter((c) => c.partner === "CA5")).toEqual([]);
  });

  it("gives way to the data's own total for the five", () => {
    const list = [...five("2025-01/2025-06", ["1", "1", "1", "1", "1"]), obs("2025-01/2025-06", "CA5", "5.2"), ...five("2024-01/2024-06", ["1", "1", "1", "1", "1"]), obs("2024-01/2024-06", "CA5", "5.2")];
    const ca5 = yearSoFar(list).comparisons.find((c) => c.partner === "CA5");
    expect(ca5?.current.status).toBe("reported");
    expect(toDecimalString(ca5?.change ?? { num: 1n, den: 1n }, 0)).toBe("0");
  });
});

describe("on the data", () => {
  const { comparisons, alone: single } = yearSoFar(getDataset().observations);
  const find = (partner: string, period: string, flow = "total") => comparisons.find((c) => c.reporter === "CHN" && c.partner === partner && c.flow === flow && c.current.period === period);

  it("sets January–October 2025 against January–October 2024: the five's derived sums, US$88.1 bn against 77.2 bn, +14.1%", () => {
    const ca5 = find("CA5", "2025-01/2025-10");
    expect(ca5 && [toDecimalString(ca5.current.value, 0), toDecimalString(ca5.previous.value, 0), toDecimalString(ca5.change, 3), ca5.current.status, ca5.previous.status]).toEqual(["88100000000", "77200000000", "0.141", "derived", "derived"]);
    expect(comparisons.filter((c) => c.current.period === "2025-01/2025-10").map((c) => c.partner)).toEqual(["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"]);
  });

  it("sets the first half of 2024 against the first half of 2023, flows included", () => {
    expect(toDecimalString(find("CA5", "2024-01/2024-06")?.change ?? { num: 0n, den: 1n }, 3)).toBe("0.111");
    expect(find("CA5", "2024-01/2024-06", "export")?.previous.status).toBe("approximate");
  });

  it("keeps January–May 2025 alone: the data has no January–May 2024", () => {
    expect(single.filter((a) => a.partner === "CA5" && a.figure.period === "2025-01/2025-05").map((a) => [a.flow, a.figure.currency])).toEqual([
      ["total", "USD"],
      ["export", "CNY"],
      ["import", "CNY"],
    ]);
  });

  it("compares Indonesia as the yardstick, and never adds it to the five", () => {
    expect(toDecimalString(find("IDN", "2025-01/2025-09")?.change ?? { num: 0n, den: 1n }, 4)).toBe("0.1409");
    for (const c of comparisons.filter((x) => x.partner === "CA5")) expect(c.current.sourceIds.join()).not.toContain("idn");
  });
});
