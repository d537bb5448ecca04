import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { mul, parseDecimal, pow10, toDecimalString } from "@/lib/money/ratio";
import type { Currency, DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { convert } from "./convert";
import { annualRate } from "./rates";

const { rates } = getDataset();
const amount = (value: string, unit: number, currency: Currency, year: number) => ({ amount: mul(parseDecimal(value), pow10(unit)), currency, year });

describe("convert", () => {
  it.each<[string, ReturnType<typeof amount>, DisplayCurrency, RateBasis, string, string[]]>([
    ["2024 total in USD stays as stated", amount("94.82", 9, "USD", 2024), "USD", "article", "94820000000", []],
    ["2024 total at the article's Rp16,296", amount("94.82", 9, "USD", 2024), "IDR", "article", "1545186720000000", ["16296"]],
    ["2024 total at the 2024 average (Bank Indonesia 15,841)", amount("94.82", 9, "USD", 2024), "IDR", "annual", "1502043620000000", ["15841"]],
    ["1992 total at the 1992 average (IMF 2,029.92)", amount("460", 6, "USD", 1992), "IDR", "annual", "933763200000", ["2029.92"]],
    ["2020 uses the preferred Bank Indonesia rate, not IMF's", amount("38.6", 9, "USD", 2020), "IDR", "annual", "560665000000000", ["14525"]],
    ["2013 yuan total through the PBoC official 6.1932", amount("312.04", 9, "CNY", 2013), "USD", "annual", "50384292449.78", ["6.1932"]],
    ["2013 yuan total to rupiah: yuan → USD → IDR", amount("312.04", 9, "CNY", 2013), "IDR", "article", "821062429761674.09", ["6.1932", "16296"]],
  ])("%s", (_label, obs, target, basis, expected, rateChain) => {
    const result = convert(obs, target, basis, rates);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(toDecimalString(result.value, 2).replace(/\.00$/, "")).toBe(expected);
    expect(result.steps.map((s) => s.rate.statedValue)).toEqual(rateChain);
  });

  it.each<[string, ReturnType<typeof amount>, DisplayCurrency, RateBasis, string]>([
    ["2025 has no annual USD/IDR average", amount("106.3", 9, "USD", 2025), "IDR", "annual", "USD/IDR"],
    ["January–May 2025 yuan has no USD/CNY rate", amount("188.18", 9, "CNY", 2025), "USD", "article", "USD/CNY"],
  ])("says so when %s", (_label, obs, target, basis, pair) => {
    const result = convert(obs, target, basis, rates);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toEqual({ code: "no-annual-rate", pair, year: 2025 });
  });

  it("keeps the USD value of a figure whose rupiah rate is missing", () => {
    const result = convert(amount("106.3", 9, "USD", 2025), "IDR", "annual", rates);
    expect(result.usd && toDecimalString(result.usd, 0)).toBe("106300000000");
  });
});

describe("annualRate", () => {
  it.each<["IDR" | "CNY", number, string | undefined]>([
    ["IDR", 1998, "10013.62"],
    ["IDR", 2021, "14296"],
    ["IDR", 2025, undefined],
    ["CNY", 2016, "6.6423"],
    ["CNY", 2019, "6.9081"],
    ["CNY", 2024, undefined],
  ])("USD/%s %i is %s", (quote, year, expected) => {
    expect(annualRate(rates, quote, year)?.statedValue).toBe(expected);
  });
});
