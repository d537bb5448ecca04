import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { parseDecimal, toDecimalString } from "@/lib/money/ratio";
import { checkClaims, floorVerdict, halfLastDigit, halfLastDigitAt, verdictBy, verdictFor } from "./claims";

const d = parseDecimal;

describe("halfLastDigit", () => {
  it.each([
    ["95", "billion", "500000000"],
    ["5.4", "billion", "50000000"],
    ["16296", "one", "0.5"],
    ["0.27", "one", "0.005"],
  ] as const)("%s %s -> %s", (stated, unit, expected) => {
    expect(toDecimalString(halfLastDigit(stated, unit), 3).replace(/\.?0+$/, "")).toBe(expected);
  });
});

describe("verdictFor", () => {
  it.each([
    ["95", "95", "0.5", false, "matches"],
    ["95", "94.82", "0.5", true, "rounded"],
    ["95", "95.2", "0.5", false, "rounded"],
    ["95", "95.2", "0.5", true, "differs"],
    ["95", "94.4", "0.5", true, "differs"],
    ["5.4", "5.42", "0.05", false, "rounded"],
    ["5.4", "5.46", "0.05", false, "differs"],
  ] as const)("stated %s, data %s, tolerance %s, almost %s -> %s", (stated, data, tol, almost, expected) => {
    expect(verdictFor(d(stated), d(data), d(tol), almost)).toBe(expected);
  });
});

describe("checkClaims on the data", () => {
  const checks = checkClaims(getDataset());
  const byId = Object.fromEntries(checks.map((c) => [c.id, c]));

  it.each([
    ["total-2024", "stated", "95000000000", "94820000000", "-180000000", "rounded"],
    ["change-2024", "stated", "5400000000", "5420000000", "20000000", "rounded"],
    ["rate", "stated", "16296", "16297", "1", "matches"],
    ["total-2024-idr", "implied", "1548120000000000", "1545186720000000", "-2933280000000", "rounded"],
    ["total-2023", "implied", "89600000000", "89400000000", "-200000000", "rounded"],
  ])("%s (%s): article %s, data %s, difference %s, %s", (id, kind, stated, data, diff, verdict) => {
    const c = byId[id];
    expect(c).toBeDefined();
    if (!c) return;
    expect(c.kind).toBe(kind);
    expect(toDecimalString(c.stated, 0)).toBe(stated);
    expect(toDecimalString(c.data, 0)).toBe(data);
    expect(toDecimalString(c.difference, 0)).toBe(diff);
    expect(c.verdict).toBe(verdict);
  });

  it("names the sources of the data side", () => {
    expect(byId["change-2024"]?.sourceIds).toEqual(["astanatimes-2025-01", "intellinews-2024-02-04"]);
    expect(byId.rate?.sourceIds).toEqual(["bi-18k-2025"]);
  });
});

describe("halfLastDigitAt: the tolerance of any number written, at its scale", () => {
  it.each([
    ["95", 9, "500000000"],
    ["1545.19", 12, "5000000000"],
    ["27", -2, "0.005"],
    ["7.3", -2, "0.0005"],
    ["3", 0, "0.5"],
  ] as const)("%s × 10^%i -> %s", (stated, exp, expected) => {
    expect(toDecimalString(halfLastDigitAt(stated, exp), 4).replace(/\.?0+$/, "")).toBe(expected);
  });
});

describe("floorVerdict: 'more than' is at least the figure and under one more in its last digit", () => {
  it.each([
    ["32", "70.2", "0.5", "differs"],
    ["94", "94.82", "0.5", "rounded"],
    ["94", "95", "0.5", "differs"],
    ["24", "24", "0.5", "rounded"],
    ["24", "23.9", "0.5", "differs"],
  ] as const)("more than %s, data %s -> %s", (stated, data, half, expected) => {
    expect(floorVerdict(d(stated), d(data), d(half))).toBe(expected);
  });

  it("is the verdict verdictBy gives for a floor rule", () => {
    expect(verdictBy({ code: "floor", tolerance: d("0.5") }, d("94"), d("94.82"))).toBe("rounded");
    expect(verdictBy({ code: "half-last-digit", tolerance: d("0.5"), almost: true }, d("95"), d("94.82"))).toBe("rounded");
  });
});
