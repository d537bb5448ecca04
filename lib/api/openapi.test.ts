import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { apiError, tradeResponse } from "@/lib/schema/api";
import { checkResponse } from "@/lib/schema/api-check";
import { compositionResponse, targetsResponse } from "@/lib/schema/api-composition";
import { openApiDocument } from "./openapi";
import { handleCheck } from "./check";
import { handleSources } from "./sources";
import { handleComposition, handleTargets } from "./composition";
import { handleTrade } from "./trade";

const doc = openApiDocument(getDataset());

type Example = { "x-request": string; value?: unknown };
type Content = Record<string, { examples?: Record<string, Example> }>;
type Operation = { parameters?: { name: string }[]; responses: Record<string, { content?: Content }> };

const HANDLERS: Record<string, (query: string) => Response> = {
  "/api/trade": (q) => handleTrade(new Request(`http://localhost/api/trade${q}`)),
  "/api/trade.csv": (q) => handleTrade(new Request(`http://localhost/api/trade.csv${q}`), "csv"),
  "/api/sources": (q) => handleSources(new Request(`http://localhost/api/sources${q}`)),
  "/api/targets": (q) => handleTargets(new Request(`http://localhost/api/targets${q}`)),
  "/api/targets.csv": (q) => handleTargets(new Request(`http://localhost/api/targets.csv${q}`), "csv"),
  "/api/composition": (q) => handleComposition(new Request(`http://localhost/api/composition${q}`)),
  "/api/composition.csv": (q) => handleComposition(new Request(`http://localhost/api/composition.csv${q}`), "csv"),
  "/api/check": (q) => handleCheck(new Request(`http://localhost/api/check${q}`)),
};

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("documents every parameter the trade routes accept, with the allowed values from the schema", () => {
    const op = doc.paths["/api/trade"].get;
    expect(op.parameters.map((p) => p.name)).toEqual(["currency", "rate", "idrPerUsd", "prices", "base", "reporter", "partner", "flow", "from", "to", "years", "periodType"]);
    expect(op.parameters.find((p) => p.name === "currency")?.schema).toMatchObject({ enum: ["USD", "IDR", "CNY"], default: "USD" });
    expect(op.parameters.find((p) => p.name === "rate")?.schema).toMatchObject({ enum: ["article", "annual", "custom"], default: "article" });
    expect(op.parameters.find((p) => p.name === "prices")?.schema).toMatchObject({ enum: ["nominal", "constant"], default: "nominal" });
    expect(op.parameters.find((p) => p.name === "reporter")?.schema).toMatchObject({ enum: ["CHN", "KAZ", "KGZ", "TJK", "UZB"] });
    expect(doc.components.schemas.ApiError).toMatchObject({ required: ["error", "issues"] });
  });

  it("gives each parameter's accepted values: years, codes of a comma list, the base years the CPI-U covers", () => {
    const param = (path: string, name: string) => (doc.paths as Record<string, { get: { parameters?: { name: string }[] } }>)[path]?.get.parameters?.find((p) => p.name === name);
    for (const name of ["from", "to"]) expect(param("/api/trade", name)).toMatchObject({ schema: { type: "integer", minimum: 1992, maximum: 2026 }, example: 2024 });
    expect(param("/api/trade", "base")).toMatchObject({ schema: { type: "integer", enum: Array.from({ length: 34 }, (_, i) => 1992 + i) } });
    expect(param("/api/trade", "base")).toMatchObject({ description: expect.stringContaining("a year the US CPI-U covers") });
    expect(param("/api/trade", "partner")).toMatchObject({ style: "form", explode: false, schema: { type: "array", items: { enum: ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "WLD", "CHN"] } }, example: ["CA5"] });
    expect(param("/api/trade", "flow")).toMatchObject({ style: "form", explode: false, schema: { type: "array", items: { enum: ["total", "export", "import"] } } });
    expect(param("/api/trade", "idrPerUsd")).toMatchObject({ schema: { type: "number", minimum: 1000, maximum: 100000, multipleOf: 0.01 } });
    expect(param("/api/targets", "partner")).toMatchObject({ style: "form", explode: false, schema: { type: "array", items: { enum: ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"] } } });
    expect(param("/api/composition", "year")).toMatchObject({ schema: { type: "integer", minimum: 2014, maximum: 2025 } });
  });

  it("gives examples that the API really answers", async () => {
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths) as [string, { get: Operation }][]) {
      for (const [status, response] of Object.entries(item.get.responses)) {
        for (const [type, content] of Object.entries(response.content ?? {})) {
          for (const example of Object.values(content.examples ?? {})) {
            const res = HANDLERS[path]?.(example["x-request"]);
            if (!res) throw new Error(`no handler for ${path}`);
            expect(`${path}${example["x-request"]} ${res.status}`).toBe(`${path}${example["x-request"]} ${status}`);
            expect(res.headers.get("content-type")).toContain(type);
            const body = type === "application/json" ? await res.json() : await res.text();
            if (example.value !== undefined) expect(body).toEqual(example.value);
            const okSchema = path.startsWith("/api/targets") ? targetsResponse : path.startsWith("/api/composition") ? compositionResponse : path === "/api/check" ? checkResponse : tradeResponse;
            if (type === "application/json") (status === "200" ? okSchema : apiError).parse(body);
            else expect(String(body).split("\r\n")[0]).toMatch(/^(reporter,period|partner,value|year,partner)/);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(24);
  });
});
