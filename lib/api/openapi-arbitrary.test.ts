import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accepts, invalidValue, validValue, type ParamSchema } from "./openapi-arbitrary";

const CODES: ParamSchema = { type: "string", enum: ["USD", "IDR", "CNY"] };
const YEAR: ParamSchema = { type: "integer", pattern: "^[0-9]{4}$", minimum: 1992, maximum: 2026 };
const BASE: ParamSchema = { type: "integer", pattern: "^[0-9]{4}$", enum: [1992, 1993, 2000] };
const LIST: ParamSchema = { type: "array", minItems: 1, items: { type: "string", enum: ["CA5", "KAZ", "WLD"] } };
const YEARS: ParamSchema = { type: "array", minItems: 1, items: YEAR };
const RATE: ParamSchema = { type: "string", pattern: "^[1-9][0-9]{3}(\\.[0-9]{1,2})?$" };
const SCHEMAS = { CODES, YEAR, BASE, LIST, YEARS, RATE };

describe("accepts: a query text against a parameter's schema", () => {
  it.each<[string, ParamSchema, string, boolean]>([
    ["an enum value", CODES, "IDR", true],
    ["another case", CODES, "idr", false],
    ["a year in range", YEAR, "2026", true],
    ["a year after the range", YEAR, "2027", false],
    ["a year with a decimal point", YEAR, "2024.0", false],
    ["a year of other digits", YEAR, "２０２４", false],
    ["a year with a sign", YEAR, "+2024", false],
    ["a base year in the set", BASE, "2000", true],
    ["a year outside the set", BASE, "1999", false],
    ["a comma list", LIST, "KAZ,WLD", true],
    ["an empty list", LIST, "", false],
    ["an empty item", LIST, "KAZ,,WLD", false],
    ["an unknown item", LIST, "KAZ,XYZ", false],
    ["a list of years", YEARS, "1992,2026", true],
    ["a list with a year out of range", YEARS, "1992,2030", false],
    ["a rate by its pattern", RATE, "1234.5", true],
    ["a rate with three decimals", RATE, "1234.567", false],
  ])("%s: %j", (_, schema, text, expected) => {
    expect(accepts(schema, text)).toBe(expected);
  });

  it("refuses a schema that states no values, rather than drawing any string", () => {
    expect(() => accepts({ type: "string" }, "x")).toThrow(/states no values/);
    expect(() => validValue({ type: "number" })).toThrow(/states no values/);
  });
});

describe.each(Object.entries(SCHEMAS))("values drawn from %s", (_, schema) => {
  it("valid ones are accepted; invalid ones are not", () => {
    fc.assert(fc.property(validValue(schema), (text) => accepts(schema, text)), { numRuns: 200 });
    fc.assert(fc.property(invalidValue(schema), (text) => !accepts(schema, text)), { numRuns: 200 });
  });
});

describe("invalidValue with a lenient handler", () => {
  it("draws nothing the handler forgives (a list's items trimmed of spaces)", () => {
    const item = LIST.items as ParamSchema;
    const forgiven = (s: string) => accepts(item, s.trim());
    fc.assert(fc.property(invalidValue(LIST, forgiven), (text) => text.split(",").some((s) => !forgiven(s))), { numRuns: 300 });
  });
});
