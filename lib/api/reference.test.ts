import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { en } from "@/lib/i18n/en";
import { id } from "@/lib/i18n/id";
import { openApiDocument } from "./openapi";
import { parameterValues } from "./reference";

describe("parameterValues", () => {
  it.each([
    ["an enum, with its default", { type: "string", enum: ["USD", "IDR", "CNY"], default: "USD" }, id, { values: "USD, IDR, CNY", fallback: "USD" }],
    ["a comma list (id)", { type: "array", items: { type: "string", enum: ["total", "export", "import"] } }, id, { values: "daftar dipisah koma: total, export, import", fallback: "—" }],
    ["a comma list (en)", { type: "array", items: { type: "string", enum: ["total", "export", "import"] } }, en, { values: "comma list of: total, export, import", fallback: "—" }],
    ["a comma list of years", { type: "array", items: { type: "integer", minimum: 1992, maximum: 2026 } }, en, { values: "comma list of: 1992–2026", fallback: "—" }],
    ["a year range", { type: "integer", minimum: 1992, maximum: 2026 }, id, { values: "1992–2026", fallback: "—" }],
    ["a set of years", { type: "integer", enum: [1992, 1993, 1994, 2000] }, en, { values: "1992–1994, 2000", fallback: "—" }],
    ["a number with decimals (id)", { type: "number", minimum: 1000, maximum: 100000, multipleOf: 0.01 }, id, { values: "1000–100000, paling banyak 2 desimal", fallback: "—" }],
    ["a number with decimals (en)", { type: "number", minimum: 1000, maximum: 100000, multipleOf: 0.01 }, en, { values: "1000–100000, at most 2 decimals", fallback: "—" }],
    ["a number sent as text", { type: "string", pattern: "^[0-9]+$", "x-number": { type: "number", minimum: 1000, maximum: 100000, multipleOf: 0.01 } }, en, { values: "1000–100000, at most 2 decimals", fallback: "—" }],
  ])("%s", (_, schema, t, expected) => {
    expect(parameterValues(schema, t)).toEqual(expected);
  });

  it("names the accepted values of every parameter the API page shows, never a bare type", () => {
    const doc = openApiDocument(getDataset());
    for (const item of Object.values(doc.paths) as { get: { parameters?: { name: string; schema: Record<string, unknown> }[] } }[]) {
      for (const p of item.get.parameters ?? []) {
        const { values } = parameterValues(p.schema, id);
        expect(values, p.name).not.toMatch(/^(text|string|integer|number|array)$/);
        expect(values, p.name).not.toBe("");
      }
    }
  });
});
