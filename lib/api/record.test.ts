import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import observationsJson from "@/data/observations.json";
import { getDataset } from "@/lib/data/load";
import { parseCsv } from "@/lib/import/csv";
import type { DataPackage } from "./datapackage";
import { openApiDocument } from "./openapi";
import { handleDataPackage, handleObservationsCsv } from "./record";

const csvResponse = () => handleObservationsCsv(new Request("http://localhost/api/observations.csv"));
const packageResponse = () => handleDataPackage(new Request("http://localhost/api/datapackage.json"));

describe("GET /api/observations.csv: the whole record", () => {
  it("has every observation in data/, primary and alternative, in data/'s order", async () => {
    const res = csvResponse();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="china-central-asia-trade_observations.csv"');
    const { header, rows } = parseCsv(await res.text());
    const data = getDataset();
    expect(rows).toHaveLength(observationsJson.observations.length);
    expect(rows).toHaveLength(data.observations.length);
    const col = (name: string) => rows.map((r) => r.cells[header.indexOf(name)]);
    expect(col("id")).toEqual(data.observations.map((o) => o.id));
    expect(col("primary").filter((p) => p === "false")).toHaveLength(observationsJson.observations.filter((o) => !o.primary).length);
    expect(new Set(col("reporter"))).toEqual(new Set(["CHN", "IDN", "KAZ", "KGZ", "TJK", "TKM", "UZB"].filter((r) => data.observations.some((o) => o.reporter === r))));
  });

  it("writes each figure in whole units, and in US dollars where a rate converts it", async () => {
    const { header, rows } = parseCsv(await csvResponse().text());
    const row = (id: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r.cells[0] === id)?.cells[i]]));
    expect(row("2024:CA5:total:USD:astanatimes-2025-01")).toMatchObject({ value: "94820000000", currency: "USD", stated_value: "94.82", stated_unit: "billion", value_usd: "94820000000", usd_rate: "", primary: "true" });
    expect(row("2024:CA5:total:CNY:xinhua-2025-06-15")).toMatchObject({ value: "674150000000", currency: "CNY", value_usd: "93687896938", usd_rate: "7.1957", usd_rate_source_id: "fred-aexchus-datahub" });
    // An alternative: another source's figure for a cell that has a primary one.
    expect(row("1992:CA5:total:USD:imf-dots-chn")).toMatchObject({ value: "438335000", status: "derived", primary: "false" });
  });

  it("answers a conditional request with 304, and any origin", async () => {
    const first = csvResponse();
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = handleObservationsCsv(new Request("http://localhost/api/observations.csv", { headers: { "If-None-Match": first.headers.get("etag") ?? "" } }));
    expect(again.status).toBe(304);
  });
});

describe("GET /api/datapackage.json", () => {
  const load = async () => (await packageResponse().json()) as DataPackage;

  it("is a tabular data package whose fields are the CSV's header, in order", async () => {
    const pkg = await load();
    expect(pkg.profile).toBe("tabular-data-package");
    const [resource] = pkg.resources;
    expect(pkg.resources).toHaveLength(1);
    const text = await csvResponse().text();
    expect(resource?.schema.fields.map((f) => f.name)).toEqual(parseCsv(text).header);
    expect(resource).toMatchObject({ profile: "tabular-data-resource", path: "observations.csv", format: "csv", mediatype: "text/csv", encoding: "utf-8" });
    expect(resource?.bytes).toBe(Buffer.byteLength(text, "utf8"));
    expect(resource?.hash).toBe(`sha256:${createHash("sha256").update(text).digest("hex")}`);
    expect(resource?.schema).toMatchObject({ primaryKey: "id", missingValues: [""] });
    for (const f of resource?.schema.fields ?? []) expect(f.description.length, f.name).toBeGreaterThan(10);
  });

  it("lists every source a row cites, and says under what terms", async () => {
    const pkg = await load();
    const { header, rows } = parseCsv(await csvResponse().text());
    const cited = new Set(rows.flatMap((r) => [r.cells[header.indexOf("source_id")], r.cells[header.indexOf("usd_rate_source_id")]]).filter((s) => s));
    expect(new Set(pkg.sources.map((s) => s.id))).toEqual(cited);
    for (const s of pkg.sources) expect(s.path).toMatch(/^https?:\/\//);
    expect(pkg.licenses[0]).toMatchObject({ name: expect.any(String), title: expect.stringContaining("source") });
  });

  it("answers with CORS headers and an ETag", () => {
    const res = packageResponse();
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("etag")).toMatch(/^".+"$/);
  });
});

describe("the OpenAPI document", () => {
  it("gives both routes an operationId, summary, description, tags, and examples with a value", () => {
    const paths = openApiDocument(getDataset()).paths as Record<string, { get: Record<string, unknown> & { responses: Record<string, { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> }> } }>;
    for (const path of ["/api/observations.csv", "/api/datapackage.json"]) {
      const op = paths[path]?.get;
      expect(op, path).toMatchObject({ operationId: expect.any(String), summary: expect.any(String), description: expect.any(String), tags: ["Whole record"] });
      const examples = Object.values(op?.responses["200"]?.content ?? {}).flatMap((c) => Object.values(c.examples ?? {}));
      expect(examples.length, path).toBeGreaterThan(0);
      for (const e of examples) expect(e.value, path).toBeDefined();
    }
  });
});
