import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { mul, parseDecimal, pow10, toDecimalString } from "@/lib/money/ratio";
import type { Currency, DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { convert, deflate } from "./convert";
import { annualRate, statedYuanRate } from "./rates";
import { withReaderRate } from "./reader-rate";

const data = getDataset();
const { rates } = data;
const amount = (value: string, unit: number, currency: Currency, year: number, periodType: "year" | "ytd" = "year") => ({ amount: mul(parseDecimal(value), pow10(unit)), currency, year, periodType });
const stepValues = (steps: ReturnType<typeof convert>["steps"]) => steps.map((s) => (s.kind === "rate" ? s.rate.statedValue : s.index.statedValue));

describe("convert", () => {
  it.each<[string, ReturnType<typeof amount>, DisplayCurrency, RateBasis, string, string[]]>([
    ["2024 total in USD stays as stated", amount("94.82", 9, "USD", 2024), "USD", "article", "94820000000", []],
    ["2024 total at the article's Rp16,296", amount("94.82", 9, "USD", 2024), "IDR", "article", "1545186720000000", ["16296"]],
    ["2024 total at the 2024 average (Bank Indonesia 15,841)", amount("94.82", 9, "USD", 2024), "IDR", "annual", "1502043620000000", ["15841"]],
    ["1992 total at the 1992 average (IMF 2,029.92)", amount("460", 6, "USD", 1992), "IDR", "annual", "933763200000", ["2029.92"]],
    ["2020 uses the preferred Bank Indonesia rate, not IMF's", amount("38.6", 9, "USD", 2020), "IDR", "annual", "560665000000000", ["14525"]],
    ["2013 yuan total through the PBoC official 6.1932", amount("312.04", 9, "CNY", 2013), "USD", "annual", "50384292449.78", ["6.1932"]],
    ["2013 yuan total to rupiah: yuan → USD → IDR", amount("312.04", 9, "CNY", 2013), "IDR", "article", "821062429761674.09", ["6.1932", "16296"]],
    ["2024 dollar total in yuan at the Fed's 2024 average 7.1957", amount("94.82", 9, "USD", 2024), "CNY", "article", "682296274000", ["7.1957"]],
    ["1992 dollar total in yuan at the Fed's 1992 average 5.5206", amount("460", 6, "USD", 1992), "CNY", "annual", "2539476000", ["5.5206"]],
    ["2024 yuan total in yuan as stated, no round trip", amount("674.15", 9, "CNY", 2024), "CNY", "article", "674150000000", []],
    ["January–May 2025 yuan in yuan as stated", amount("286.42", 9, "CNY", 2025, "ytd"), "CNY", "article", "286420000000", []],
  ])("%s", (_label, obs, target, basis, expected, rateChain) => {
    const result = convert(obs, target, basis, rates);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(toDecimalString(result.value, 2).replace(/\.00$/, "")).toBe(expected);
    expect(stepValues(result.steps)).toEqual(rateChain);
  });

  it.each<[string, ReturnType<typeof amount>, DisplayCurrency, RateBasis, string]>([
    ["January–May 2025 yuan has no USD/CNY rate (2025's average is not January–May's)", amount("188.18", 9, "CNY", 2025, "ytd"), "USD", "article", "USD/CNY"],
    ["January–May 2025 dollars have no yuan rate either", amount("26.5", 9, "USD", 2025, "ytd"), "CNY", "article", "USD/CNY"],
  ])("says so when %s", (_label, obs, target, basis, pair) => {
    const result = convert(obs, target, basis, rates);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toEqual({ code: "no-annual-rate", pair, year: 2025 });
  });

  // Without a month of 2025 there is no derived average, and no other rate stands in.
  const elevenMonths = rates.filter((r) => r.period !== "2025-12");
  it("says so when a year has neither an annual average nor all twelve monthly ones", () => {
    const result = convert(amount("106.3", 9, "USD", 2025), "IDR", "annual", elevenMonths);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toEqual({ code: "no-annual-rate", pair: "USD/IDR", year: 2025 });
  });

  it("keeps the USD value of a figure whose rupiah rate is missing", () => {
    const result = convert(amount("106.3", 9, "USD", 2025), "IDR", "annual", elevenMonths);
    expect(result.usd && toDecimalString(result.usd, 0)).toBe("106300000000");
  });

  it("converts 2025 at the mean of its twelve monthly averages, exact, and names the rate derived", () => {
    const result = convert(amount("106.3", 9, "USD", 2025), "IDR", "annual", rates);
    expect(result.ok && toDecimalString(result.value, 1)).toBe("1750959697518586.5");
    const step = result.steps[0];
    expect(step?.kind === "rate" && [step.rate.statedValue, step.rate.derivedFrom?.length]).toEqual(["16471.86921466215", 12]);
  });
});

describe("convert at your rate", () => {
  it.each<[string, ReturnType<typeof amount>, string, string]>([
    ["2024 total at Rp17,000", amount("94.82", 9, "USD", 2024), "17000", "1611940000000000"],
    ["2024 total at Rp16,296.5 (two decimals kept)", amount("94.82", 9, "USD", 2024), "16296.5", "1545234130000000"],
    ["January–May 2025 at Rp17,000: one rate needs no yearly average", amount("26.5", 9, "USD", 2025, "ytd"), "17000", "450500000000000"],
  ])("%s", (_label, obs, idrPerUsd, expected) => {
    const result = convert(obs, "IDR", "custom", withReaderRate(data, idrPerUsd).rates);
    expect(result.ok && toDecimalString(result.value, 2).replace(/\.00$/, "")).toBe(expected);
    expect(stepValues(result.steps)).toEqual([idrPerUsd]);
    expect(result.steps[0]?.kind === "rate" && result.steps[0].rate.basis).toBe("reader_stated");
  });
});

describe("annualRate", () => {
  it.each<["IDR" | "CNY", number, string | undefined]>([
    ["IDR", 1998, "10013.62"],
    ["IDR", 2021, "14296"],
    ["IDR", 2025, "16471.86921466215"],
    ["IDR", 2026, undefined],
    ["CNY", 1994, "8.6397"],
    ["CNY", 2016, "6.6400"],
    ["CNY", 2019, "6.9081"],
    ["CNY", 2024, "7.1957"],
  ])("USD/%s %i is %s", (quote, year, expected) => {
    expect(annualRate(rates, quote, year)?.statedValue).toBe(expected);
  });

  it.each<[number, string]>([
    [2013, "6.1932"],
    [2016, "6.6423"],
    [2024, "7.1957"],
  ])("a yuan figure China stated in %i reaches dollars at %s (the official average where the data has it)", (year, expected) => {
    expect(statedYuanRate(rates, year)?.statedValue).toBe(expected);
  });
});

describe("deflate", () => {
  it.each<[string, ReturnType<typeof amount>, number, string, string[]]>([
    ["1992's US$460 million in 2025 dollars: × 321.943 ÷ 140.3", amount("460", 6, "USD", 1992), 2025, "1055550819.67", ["321.943", "140.3"]],
    ["2024's US$94.82 billion in 2024 dollars is unchanged", amount("94.82", 9, "USD", 2024), 2024, "94820000000", ["313.689", "313.689"]],
  ])("%s", (_label, obs, base, expected, chain) => {
    const result = deflate(convert(obs, "USD", "article", rates), obs.year, base, data.cpi);
    expect(result.ok && toDecimalString(result.value, 2).replace(/\.00$/, "")).toBe(expected);
    expect(stepValues(result.steps)).toEqual(chain);
  });

  it("does not deflate a year the price index lacks", () => {
    const result = deflate(convert(amount("7.73", 12, "USD", 2026, "ytd"), "USD", "article", rates), 2026, 2025, data.cpi);
    expect(result.ok ? null : result.reason).toEqual({ code: "no-price-index", year: 2026 });
  });
});
