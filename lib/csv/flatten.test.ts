import { z } from "zod";
import { describe, expect, it } from "vitest";
import { flatRecord, snakeCase } from "./flatten";
import { schemaColumns } from "./schema-columns";

describe("snakeCase", () => {
  it.each([
    ["valueUsd", "value_usd"],
    ["targetYearAsStated", "target_year_as_stated"],
    ["period", "period"],
  ])("%s → %s", (key, expected) => expect(snakeCase(key)).toBe(expected));
});

describe("flatRecord", () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ["scalars as JSON writes them", { a: "x", valueUsd: 5, late: false }, { a: "x", value_usd: "5", late: "false" }],
    ["null and absent as empty", { note: null, derivation: undefined }, { note: "", derivation: "" }],
    ["a nested object as parent_child", { stated: { value: "94.82", unit: "billion" } }, { stated_value: "94.82", stated_unit: "billion" }],
    ["deeper nesting", { a: { bB: { c: 1 } } }, { a_b_b_c: "1" }],
    ["a list as one cell of JSON text", { conversion: [{ from: "USD", rate: "16296" }], alternatives: [] }, { conversion: '[{"from":"USD","rate":"16296"}]', alternatives: "[]" }],
  ])("%s", (_, record, expected) => expect(flatRecord(record)).toEqual(expected));
});

describe("schemaColumns", () => {
  it("names every field of a schema as flatRecord would, optional and nullable objects included", () => {
    const schema = z.object({
      period: z.string(),
      valueUsd: z.number().nullable(),
      stated: z.object({ value: z.string(), unit: z.string() }),
      unavailable: z.object({ reason: z.string() }).nullable(),
      note: z.string().optional(),
      conversion: z.array(z.object({ from: z.string() })),
    });
    expect(schemaColumns(schema)).toEqual(["period", "value_usd", "stated_value", "stated_unit", "unavailable_reason", "note", "conversion"]);
  });
});
