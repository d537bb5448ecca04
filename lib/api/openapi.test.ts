import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { TRADE_QUERY_TIES } from "@/lib/schema/api";
import { yearBounds } from "@/lib/trade/points";
import { openApiDocument } from "./openapi";
import { HANDLERS, operations, readBody, schemaErrors, type Parameter } from "./openapi-replay";

const doc = openApiDocument(getDataset(), null);
const param = (path: string, name: string) => operations(doc).find((o) => o.path === path)?.op.parameters?.find((p) => p.name === name);

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("says the API is open, whose the data is, and where to ask (the site's API page, where the site is known)", () => {
    expect(doc.security).toEqual([]);
    expect(doc.info.license).toEqual({ name: expect.stringContaining("CC BY 4.0"), url: "https://creativecommons.org/licenses/by/4.0/" });
    expect(doc.info.description).toContain("The figures themselves belong to their sources");
    expect(doc.info.contact).toEqual({ name: expect.any(String) });
    expect(openApiDocument(getDataset(), new URL("https://trade.example.org")).info.contact.url).toBe("https://trade.example.org/en/api");
  });

  it("gives every operation a description and a tag the document lists, and a handler answers every path", () => {
    const tags = doc.tags.map((t) => t.name);
    for (const { path, op } of operations(doc)) {
      expect(op.description?.length, path).toBeGreaterThan(40);
      expect(op.tags?.length, path).toBe(1);
      expect(tags).toContain(op.tags?.[0]);
      expect(HANDLERS[path], path).toBeDefined();
    }
  });

  it("states the years the data covers, 2026's part-year figures included", () => {
    const { minYear, maxYear } = yearBounds(getDataset());
    expect([minYear, maxYear]).toEqual([1992, 2026]);
    for (const name of ["from", "to"]) expect(param("/api/trade", name)).toMatchObject({ schema: { type: "integer", pattern: "^[0-9]{4}$", minimum: minYear, maximum: maxYear }, example: 2024 });
    expect(param("/api/trade", "years")?.schema).toEqual({ type: "array", minItems: 1, items: { type: "integer", pattern: "^[0-9]{4}$", minimum: minYear, maximum: maxYear } });
    expect(doc.info.description).toContain("full years 1992–2025, and part-year figures up to 2026-01/2026-02");
  });

  it("gives each parameter the values it accepts: enums, comma lists of codes, year ranges, the rate's pattern", () => {
    const op = doc.paths["/api/trade"].get;
    expect(op.parameters.map((p) => p.name)).toEqual(["currency", "rate", "idrPerUsd", "prices", "base", "reporter", "partner", "flow", "from", "to", "years", "periodType"]);
    expect(param("/api/trade", "currency")?.schema).toMatchObject({ enum: ["USD", "IDR", "CNY"], default: "USD" });
    expect(param("/api/trade", "rate")?.schema).toMatchObject({ enum: ["article", "annual", "custom"], default: "article" });
    expect(param("/api/trade", "prices")?.schema).toMatchObject({ enum: ["nominal", "constant"], default: "nominal" });
    expect(param("/api/trade", "reporter")?.schema).toMatchObject({ enum: ["CHN", "KAZ", "KGZ", "TJK", "UZB", "IDN"], default: "CHN" });
    expect(param("/api/trade", "periodType")?.schema).toMatchObject({ enum: ["year", "ytd", "month"] });
    expect(param("/api/trade", "base")).toMatchObject({ schema: { type: "integer", pattern: "^[0-9]{4}$", enum: Array.from({ length: 34 }, (_, i) => 1992 + i) }, description: expect.stringContaining("a year the US CPI-U covers") });
    expect(param("/api/trade", "partner")).toMatchObject({ style: "form", explode: false, schema: { type: "array", minItems: 1, items: { enum: ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "WLD", "CHN", "IDN"] } }, example: ["CA5"] });
    expect(param("/api/trade", "flow")).toMatchObject({ style: "form", explode: false, schema: { type: "array", minItems: 1, items: { enum: ["total", "export", "import"] } } });
    expect(param("/api/trade", "idrPerUsd")).toMatchObject({ schema: { type: "string", format: "decimal", pattern: expect.stringMatching(/^\^/), "x-number": { minimum: 1000, maximum: 100000, multipleOf: 0.01 } }, example: "17000" });
    expect(param("/api/targets", "partner")).toMatchObject({ style: "form", explode: false, schema: { type: "array", minItems: 1, items: { enum: ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"] } } });
    expect(param("/api/composition", "year")).toMatchObject({ schema: { type: "integer", pattern: "^[0-9]{4}$", minimum: 2014, maximum: 2025 } });
    expect(doc.components.schemas.ApiError).toMatchObject({ required: ["error", "issues"] });
  });

  it("states in words each rule that ties two trade parameters, in the operation, its 400, and the parameters it names", () => {
    for (const path of ["/api/trade", "/api/trade.csv"] as const) {
      const op = doc.paths[path].get;
      for (const tie of Object.values(TRADE_QUERY_TIES)) {
        expect(op.description).toContain(`\`${tie.param}\`: ${tie.message}`);
        expect(op.responses["400"].description).toContain(`\`${tie.param}\`: ${tie.message}`);
        // The documented 400 shows the rule broken, in the handler's words.
        const issues = Object.values(op.responses["400"].content["application/json"].examples).flatMap((e) => e.value.issues);
        expect(issues).toContainEqual(tie);
      }
    }
    const said = (name: string) => (param("/api/trade", name) as Parameter).description;
    expect(said("idrPerUsd")).toContain("required with rate=custom and only with it");
    expect(said("prices")).toContain("only with currency=USD");
    expect(said("base")).toContain("only with prices=constant");
    expect(said("from")).toContain("not after to");
    expect(said("to")).toContain("not before from");
    expect(said("partner")).toContain("with reporter CHN (the default) any of these, with another reporter only CHN");
  });

  it("gives examples, each with its value, that the API really answers", async () => {
    let checked = 0;
    for (const { path, op } of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, content] of Object.entries(response.content ?? {})) {
          for (const [name, example] of Object.entries(content.examples ?? {})) {
            const where = `${path} ${status} ${name}`;
            expect(example.value, where).toBeDefined();
            const res = HANDLERS[path]?.(example["x-request"]) as Response;
            expect(`${where} ${res.status}`).toBe(`${where} ${status}`);
            expect(res.headers.get("content-type")).toContain(type);
            const body = await readBody(res);
            // An excerpt (the whole record's first lines) is where the answer starts.
            if (example["x-excerpt"]) expect(String(body).startsWith(String(example.value)), where).toBe(true);
            else expect(body, where).toEqual(example.value);
            expect(schemaErrors(doc, path, status, type, body), where).toEqual([]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(52);
  });
});
