import { describe, expect, it } from "vitest";
import { searchString } from "./search-string";

describe("searchString", () => {
  it.each([
    [{}, ""],
    [{ text: "Trade reached $66.2 billion in 2024" }, "?text=Trade+reached+%2466.2+billion+in+2024"],
    [{ text: "a", year: ["2023", "2024"] }, "?text=a&year=2023&year=2024"],
    [{ text: undefined }, ""],
  ] as const)("%j gives %j", (params, text) => {
    expect(searchString(params)).toBe(text);
  });
});
