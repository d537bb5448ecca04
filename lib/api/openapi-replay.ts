import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import { handleComposition, handleTargets } from "./composition";
import { handleDataset, handleOpenApi } from "./documents";
import type { OpenApiDocument } from "./openapi";
import { handleCheck } from "./check";
import { handleDataPackage, handleObservationsCsv } from "./record";
import { handleSources } from "./sources";
import { handleTrade } from "./trade";
import { handleYtd } from "./ytd";

/**
 * The documented paths answered in-process by their routes' own handlers, and each documented
 * answer's schema as a validator: what the tests use to hold the document and the API to each other
 * without a server.
 */

const request = (path: string, query: string) => new Request(`http://localhost${path}${query}`);

/** Every path the document lists, and the handler its route calls; `query` starts with "?" or is empty. */
export const HANDLERS: Record<string, (query: string) => Response> = {
  "/api/trade": (q) => handleTrade(request("/api/trade", q)),
  "/api/trade.csv": (q) => handleTrade(request("/api/trade.csv", q), "csv"),
  "/api/sources": (q) => handleSources(request("/api/sources", q)),
  "/api/targets": (q) => handleTargets(request("/api/targets", q)),
  "/api/targets.csv": (q) => handleTargets(request("/api/targets.csv", q), "csv"),
  "/api/composition": (q) => handleComposition(request("/api/composition", q)),
  "/api/composition.csv": (q) => handleComposition(request("/api/composition.csv", q), "csv"),
  "/api/dataset": (q) => handleDataset(request("/api/dataset", q)),
  "/api/openapi.json": (q) => handleOpenApi(request("/api/openapi.json", q)),
  "/api/observations.csv": (q) => handleObservationsCsv(request("/api/observations.csv", q)),
  "/api/datapackage.json": (q) => handleDataPackage(request("/api/datapackage.json", q)),
  "/api/check": (q) => handleCheck(request("/api/check", q)),
  "/api/ytd": (q) => handleYtd(request("/api/ytd", q)),
};

export type Parameter = { name: string; description: string; required?: boolean; schema: Record<string, unknown> };
type Content = Record<string, { schema: Record<string, unknown>; examples?: Record<string, { "x-request": string; "x-excerpt"?: true; value?: unknown }> }>;
export type Operation = { operationId: string; description?: string; tags?: string[]; parameters?: Parameter[]; responses: Record<string, { description: string; content?: Content }> };

/** Each path's GET operation. */
export const operations = (doc: OpenApiDocument) => Object.entries(doc.paths as Record<string, { get: Operation }>).map(([path, item]) => ({ path, op: item.get }));

// `strict: false`: parameter schemas carry `x-number` and `format: decimal`, which Ajv does not know;
// the response schemas it checks here use neither.
const ajv = new Ajv2020({ strict: false, allErrors: true });
const compiled = new Map<string, ValidateFunction>();

/** The errors of a body against the schema the document gives for this answer (none: valid). */
export function schemaErrors(doc: OpenApiDocument, path: string, status: string, type: string, body: unknown): string[] {
  const key = `${path} ${status} ${type}`;
  let validate = compiled.get(key);
  if (!validate) {
    const op = (doc.paths as Record<string, { get: Operation }>)[path]?.get;
    let schema = op?.responses[status]?.content?.[type]?.schema;
    if (!schema) throw new Error(`the document gives no schema for ${key}`);
    const ref = typeof schema.$ref === "string" ? schema.$ref.replace("#/components/schemas/", "") : null;
    if (ref) schema = (doc.components.schemas as Record<string, Record<string, unknown>>)[ref];
    if (!schema) throw new Error(`${key}: no component ${ref}`);
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The body as the content type says to read it. */
export const readBody = async (res: Response): Promise<unknown> => ((res.headers.get("content-type") ?? "").includes("json") ? res.json() : res.text());
