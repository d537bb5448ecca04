import { describe, expect, it } from "vitest";
import { defaultView, parseMoneyView, parseView, serializeView, type ViewOptions, type ViewState } from "./state";

const options: ViewOptions = {
  allYears: Array.from({ length: 34 }, (_, i) => 1992 + i),
  countryYears: [2017, 2018, 2021, 2022, 2023, 2024, 2025],
  defaultCountryYears: [2021, 2022, 2023, 2024, 2025],
  shareYears: [2022, 2023, 2024, 2025],
  defaultShareYear: 2024,
  baseYears: Array.from({ length: 34 }, (_, i) => 1992 + i),
  defaultBase: 2025,
};
const parse = (q: string) => parseView(new URLSearchParams(q), options);
const d = defaultView(options);

describe("parseView", () => {
  it("gives the default view for an empty query", () => {
    expect(parse("")).toEqual({ state: d, invalid: [] });
  });

  it.each<[string, Partial<ViewState>]>([
    ["currency=IDR&rate=annual", { currency: "IDR", rate: "annual" }],
    ["unit=trillion", { unit: "trillion" }],
    ["years=2024,2022", { years: [2022, 2024] }],
    ["countries=UZB,KAZ", { countries: ["KAZ", "UZB"] }],
    ["year=2025", { year: 2025 }],
    ["partner=KGZ", { partner: "KGZ" }],
    ["table=shares,trend", { table: ["trend", "shares"] }],
    ["currency=CNY", { currency: "CNY" }],
    ["currency=IDR&rate=custom&idrPerUsd=17000", { currency: "IDR", rate: "custom", idrPerUsd: "17000" }],
    ["currency=IDR&rate=custom&idrPerUsd=16296.50", { currency: "IDR", rate: "custom", idrPerUsd: "16296.50" }],
    ["prices=constant&base=2010", { prices: "constant", base: 2010 }],
    ["growth=yoy", { growth: "yoy" }],
    ["growth=cagr", { growth: "cagr" }],
  ])("reads %s", (q, expected) => {
    expect(parse(q)).toEqual({ state: { ...d, ...expected }, invalid: [] });
  });

  it.each<[string, string[]]>([
    ["currency=EUR", ["currency"]],
    ["currency=USD&currency=IDR", ["currency"]],
    ["rate=", ["rate"]],
    ["unit=quadrillion", ["unit"]],
    ["years=1999", ["years"]],
    ["years=2024,abc", ["years"]],
    ["countries=KAZ,CHN", ["countries"]],
    ["countries=", ["countries"]],
    ["year=2013", ["year"]],
    ["year=99999999999999999999", ["year"]],
    ["partner=AFG", ["partner"]],
    ["table=map", ["table"]],
    ["currency=%00&unit=<script>", ["currency", "unit"]],
    ["rate=custom", ["idrPerUsd"]],
    ["rate=custom&idrPerUsd=999", ["idrPerUsd"]],
    ["rate=custom&idrPerUsd=17.000", ["idrPerUsd"]],
    ["idrPerUsd=17000", ["idrPerUsd"]],
    ["currency=IDR&prices=constant", ["prices"]],
    ["base=1900", ["base"]],
    ["growth=qoq", ["growth"]],
  ])("falls back and names %s", (q, invalid) => {
    const parsed = parse(q);
    expect(parsed.invalid).toEqual(invalid);
    for (const key of invalid) expect(parsed.state[key as keyof ViewState]).toEqual(d[key as keyof ViewState]);
  });

  it("keeps the valid parameters when another is malformed", () => {
    expect(parse("currency=IDR&unit=zillion").state).toMatchObject({ currency: "IDR", unit: "auto" });
  });
});

describe("parseMoneyView", () => {
  const money = (q: string) => parseMoneyView(new URLSearchParams(q), options);
  it.each([
    "",
    "prices=constant&base=2010&unit=million",
    "currency=IDR&rate=custom&idrPerUsd=17000&unit=trillion",
    // The same rules as every figure's: constant prices only in US dollars, a base the index covers, your rate only with its value.
    "currency=CNY&prices=constant&base=2010",
    "prices=constant&base=1800",
    "rate=custom",
    "unit=lots&from=1800&years=x",
  ])("reads %s exactly as parseView does", (q) => {
    const { currency, rate, idrPerUsd, prices, base, unit } = parse(q).state;
    expect(money(q)).toEqual({ currency, rate, idrPerUsd, prices, base, unit });
  });
});

describe("serializeView", () => {
  it("leaves defaults out", () => {
    expect(serializeView(d, options)).toBe("");
  });

  it.each<[Partial<ViewState>, string]>([
    [{ currency: "IDR", rate: "annual" }, "?currency=IDR&rate=annual"],
    [{ years: [2023, 2024], countries: ["KAZ", "KGZ"] }, "?years=2023,2024&countries=KAZ,KGZ"],
    [{ table: ["shares", "trend"] }, "?table=trend,shares"],
    [{ currency: "IDR", rate: "custom", idrPerUsd: "17000" }, "?currency=IDR&rate=custom&idrPerUsd=17000"],
    [{ prices: "constant", base: 2010, growth: "yoy" }, "?prices=constant&base=2010&growth=yoy"],
    [{ currency: "IDR", prices: "constant" }, "?currency=IDR"],
  ])("writes %j as %s", (change, expected) => {
    expect(serializeView({ ...d, ...change }, options)).toBe(expected);
  });

  it("round-trips", () => {
    const state: ViewState = { ...d, currency: "IDR", unit: "billion", years: [2024], countries: ["TJK"], year: 2025, partner: "KAZ", table: ["flows"] };
    expect(parse(serializeView(state, options).slice(1)).state).toEqual(state);
  });
});
