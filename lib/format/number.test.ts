import { describe, expect, it } from "vitest";
import { div, mul, parseDecimal, pow10, sub, type Ratio } from "@/lib/money/ratio";
import type { Currency } from "@/lib/schema/primitives";
import type { Locale } from "./locale";
import { formatDifference, formatExact, formatGrowth, formatMoney, formatPercent, formatRate, formatShare, scaleWord, significantPlaces, type UnitChoice } from "./number";

const bn = (v: string) => mul(parseDecimal(v), pow10(9));
const total2024 = bn("94.82");
const idr2024 = mul(total2024, parseDecimal("16296"));

describe("significantPlaces", () => {
  it.each<[string, number, number, number]>([
    ["94.82", 3, 2, 2],
    ["1545.19", 3, 2, 2],
    ["0", 3, 2, 2],
    ["1", 3, 2, 2],
    ["0.5", 3, 2, 3],
    ["0.0948", 3, 2, 4],
    ["0.1063", 3, 2, 3],
    ["0.00046", 3, 2, 6],
    ["-0.0012", 3, 2, 5],
    ["460", 3, 0, 0],
    ["46", 3, 0, 1],
    ["0.000000000000001", 3, 2, 12],
  ])("%s keeps %i significant digits, at least %i places: %i", (value, significant, min, places) => {
    expect(significantPlaces(parseDecimal(value), significant, min)).toBe(places);
  });
});

describe("formatMoney", () => {
  it.each<[string, Ratio, Currency, Locale, UnitChoice, string]>([
    ["2024 total, id", total2024, "USD", "id", "auto", "US$94,82 miliar"],
    ["2024 total, en", total2024, "USD", "en", "auto", "US$94.82 billion"],
    ["2024 total at Rp16,296, id", idr2024, "IDR", "id", "auto", "Rp1.545,19 triliun"],
    ["2024 total at Rp16,296, en", idr2024, "IDR", "en", "auto", "Rp1,545.19 trillion"],
    ["1992 total, id", mul(parseDecimal("460"), pow10(6)), "USD", "id", "auto", "US$460 juta"],
    ["1992 total, en", mul(parseDecimal("460"), pow10(6)), "USD", "en", "auto", "US$460 million"],
    ["2023 total keeps its one decimal", bn("89.4"), "USD", "id", "auto", "US$89,4 miliar"],
    ["fixed juta groups every thousand", idr2024, "IDR", "id", "million", "Rp1.545.186.720 juta"],
    ["fixed million, en", idr2024, "IDR", "en", "million", "Rp1,545,186,720 million"],
    ["fixed triliun below one", total2024, "USD", "id", "trillion", "US$0,0948 triliun"],
    ["fixed billion, en", mul(parseDecimal("460"), pow10(6)), "USD", "en", "billion", "US$0.46 billion"],
    ["beyond a thousand trillion keeps grouping", mul(idr2024, pow10(3)), "IDR", "id", "auto", "Rp1.545.186,72 triliun"],
    ["small numbers have no unit word", parseDecimal("950"), "USD", "en", "auto", "US$950"],
    ["thousands", parseDecimal("16296"), "IDR", "id", "auto", "Rp16,3 ribu"],
    ["yuan", bn("312.04"), "CNY", "en", "auto", "CN¥312.04 billion"],
  ])("%s", (_label, value, currency, locale, unit, expected) => {
    expect(formatMoney(value, currency, locale, { unit })).toBe(expected);
  });

  it.each<[Locale, string]>([
    ["id", "+US$5,42 miliar"],
    ["en", "+US$5.42 billion"],
  ])("signs a change in %s", (locale, expected) => {
    expect(formatMoney(sub(total2024, bn("89.4")), "USD", locale, { signed: true })).toBe(expected);
  });

  it("writes a fall with a minus sign", () => {
    expect(formatMoney(sub(bn("10.6"), bn("11.18")), "USD", "en", { signed: true })).toBe("−US$580 million");
  });

  it("never writes id's compact \"M\" or an ungrouped trillion", () => {
    const text = formatMoney(mul(idr2024, pow10(3)), "IDR", "id");
    expect(text).not.toMatch(/\d M\b|\d{4} T/);
  });
});

describe("formatExact", () => {
  it.each<[Ratio, Currency, Locale, string]>([
    [idr2024, "IDR", "id", "Rp1.545.186.720.000.000"],
    [idr2024, "IDR", "en", "Rp1,545,186,720,000,000"],
    [div(bn("312.04"), parseDecimal("6.1932")), "USD", "en", "US$50,384,292,450"],
  ])("%#: %s", (value, currency, locale, expected) => {
    expect(formatExact(value, currency, locale)).toBe(expected);
  });
});

describe("formatPercent and formatRate", () => {
  it.each<[Locale, string]>([
    ["id", "+6,06%"],
    ["en", "+6.06%"],
  ])("2024 growth in %s", (locale, expected) => {
    expect(formatPercent(div(sub(total2024, bn("89.4")), bn("89.4")), locale)).toBe(expected);
  });

  it.each<[string, Currency, Locale, string]>([
    ["16296", "IDR", "id", "Rp16.296"],
    ["16296", "IDR", "en", "Rp16,296"],
    ["2029.92", "IDR", "id", "Rp2.029,92"],
    ["6.1932", "CNY", "en", "CN¥6.1932"],
  ])("rate %s %s %s", (value, quote, locale, expected) => {
    expect(formatRate(parseDecimal(value), quote, locale)).toBe(expected);
  });

  it.each<[Locale, string, string]>([
    ["id", "million", "juta"],
    ["id", "billion", "miliar"],
    ["id", "trillion", "triliun"],
    ["en", "trillion", "trillion"],
  ])("%s word for %s is %s", (locale, scale, word) => {
    expect(scaleWord(scale as "million", locale)).toBe(word);
  });
});

describe("one rule per kind of percentage", () => {
  const r = (v: string) => parseDecimal(v);
  it.each<[string, (v: Ratio, l: Locale) => string, string, Locale, string]>([
    ["growth 2024", formatGrowth, "0.060626", "id", "+6,1%"],
    ["growth 2025", formatGrowth, "0.121071", "id", "+12,1%"],
    ["growth, whole", formatGrowth, "0.1", "en", "+10.0%"],
    ["a fall", formatGrowth, "-0.0019", "id", "−0,2%"],
    ["share", formatShare, "0.24", "id", "24,0%"],
    ["share", formatShare, "0.462", "id", "46,2%"],
    ["difference", formatDifference, "-0.0019", "id", "−0,19%"],
    ["difference", formatDifference, "0.003", "en", "+0.30%"],
  ])("%s %s → %s", (_kind, f, value, locale, expected) => {
    expect(f(r(value), locale)).toBe(expected);
  });
});
