import { describe, expect, it } from "vitest";
import { numberTokens, textStyle, toDecimal, type NumberStyle } from "./numbers";

describe("toDecimal: both number styles", () => {
  it.each<[string, NumberStyle, string | null]>([
    ["94,82", "id", "94.82"],
    ["94.82", "en", "94.82"],
    ["1.545,19", "id", "1545.19"],
    ["1,545.19", "en", "1545.19"],
    ["1.545,19", "en", "1545.19"],
    ["16.296", "id", "16296"],
    ["16,296", "en", "16296"],
    ["16.296", "en", "16.296"],
    ["5,4", "en", "5.4"],
    ["5,4", "id", "5.4"],
    ["1.545.186.720", "id", "1545186720"],
    ["94,820,000,000", "en", "94820000000"],
    ["2024", "id", "2024"],
    ["94,821.545,19", "id", null],
    ["1.2.3", "id", null],
    ["1,545,19.5", "en", null],
  ])("%s (%s) -> %s", (raw, style, expected) => {
    expect(toDecimal(raw, style)).toBe(expected);
  });
});

describe("textStyle", () => {
  it.each<[string, NumberStyle]>([
    ["Pada 2024, volume perdagangan dua arah mencapai hampir 95 miliar dolar AS", "id"],
    ["Trade between China and the countries of Central Asia reached $66.2 billion in 2024", "en"],
  ])("%s", (text, style) => expect(textStyle(text)).toBe(style));
});

describe("numberTokens: currencies, signs, unit words", () => {
  it.each<[string, string, number, string | null, string, string | null]>([
    ["$94.8 billion", "94.8", 9, "USD", "money", null],
    ["94.82bn", "94.82", 9, null, "money", null],
    ["US$5.4 billion", "5.4", 9, "USD", "money", null],
    ["US $460 million", "460", 6, "USD", "money", null],
    ["USD6.16 trillion", "6.16", 12, "USD", "money", null],
    ["USD 35 billion", "35", 9, "USD", "money", null],
    ["$80mn", "80", 6, "USD", "money", null],
    ["$5.5B", "5.5", 9, "USD", "money", null],
    ["95 miliar dolar AS", "95", 9, "USD", "money", null],
    ["5,4 miliar dolar AS", "5.4", 9, "USD", "money", null],
    ["4.5 million us dollars", "4.5", 6, "USD", "money", null],
    ["6.05 trillion U.S. dollars", "6.05", 12, "USD", "money", null],
    ["Rp1.545,19 triliun", "1545.19", 12, "IDR", "money", null],
    ["1,5 triliun rupiah", "1.5", 12, "IDR", "money", null],
    ["312.04 billion yuan", "312.04", 9, "CNY", "money", null],
    ["CN¥674.15 billion", "674.15", 9, "CNY", "money", null],
    ["RMB41.76 trillion", "41.76", 12, "CNY", "money", null],
    ["16,3 ribu dolar", "16.3", 3, "USD", "money", null],
    ["27%", "27", 0, null, "percent", null],
    ["+10.4%", "10.4", 0, null, "percent", "+"],
    ["−5.2%", "5.2", 0, null, "percent", "-"],
    ["a 40-percent increase", "40", 0, null, "percent", null],
    ["24,2 persen", "24.2", 0, null, "percent", null],
    ["25 times", "25", 0, null, "times", null],
    ["an almost 45-fold increase", "45", 0, null, "times", null],
    ["Rp16.296", "16296", 0, "IDR", "money", null],
    ["2.3 percentage points", "2.3", 0, null, "plain", null],
  ])("%s", (text, digits, exp, currency, unit, sign) => {
    const [t] = numberTokens(text);
    expect(t).toMatchObject({ digits, exp, currency, unit, sign });
  });

  it("reads every number of a sentence, and nothing inside a word", () => {
    const tokens = numberTokens("C5 trade in H1 2024 was $45 billion (r122 DOTS_40).");
    expect(tokens.map((t) => t.digits)).toEqual(["2024", "45"]);
  });
});
