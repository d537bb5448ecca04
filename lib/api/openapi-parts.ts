import { z } from "zod";
import { en } from "@/lib/i18n/en";
import { parseQuery } from "./query";

export type JsonSchema = Record<string, unknown>;

/** A schema without its `$schema` line: inside an OpenAPI document the dialect is the document's. */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  void _dialect;
  return rest;
}

/**
 * OpenAPI query parameters from a query schema's fields: names, texts and optional examples (as
 * values of the parameter's schema). A list is sent as one comma-separated value (form, not exploded).
 */
export function queryParameters(names: readonly string[], schema: { shape: Record<string, unknown> }, texts: Readonly<Record<string, string>>, examples: Readonly<Record<string, unknown>> = {}) {
  return names.map((name) => {
    const json = jsonSchema(schema.shape[name] as z.ZodType, "input");
    return {
      name,
      in: "query",
      required: false,
      description: texts[name] ?? "",
      ...(json.type === "array" ? { style: "form", explode: false } : {}),
      schema: json,
      ...(examples[name] !== undefined ? { example: examples[name] } : {}),
    };
  });
}

/** The error a query gets, as the route's own parser words it. */
export function errorFor(query: string, allowed: readonly string[], schema: z.ZodType) {
  const parsed = parseQuery(new URLSearchParams(query), allowed, schema);
  return { error: "invalid query", issues: parsed.ok ? [] : parsed.issues };
}

/** An example request read as its route reads it; the document must not hold an example the route refuses. */
export function exampleQuery<S extends z.ZodType>(query: string, allowed: readonly string[], schema: S): z.output<S> {
  const parsed = parseQuery(new URLSearchParams(query), allowed, schema);
  if (!parsed.ok) throw new Error(`example ${query} is refused: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

export type ErrorExample = { summary: string; request: string };

const cacheHeaders = {
  ETag: { description: "Identifies the body; send it back in If-None-Match for a 304.", schema: { type: "string" } },
  "Cache-Control": { description: "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800: the data only changes with a deploy.", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "`*`: any origin may call the API.", schema: { type: "string" } },
};
const csvHeaders = { ...cacheHeaders, "Content-Disposition": { description: "attachment; a file name that names the query.", schema: { type: "string" } } };

type Example = { summary: string; "x-request": string; value: unknown };

/** The answers every data route shares: 200 with its caching headers, 304, and the 400 of one shape. */
export const responses = {
  /** `schema`: a component's name, or a schema of its own. */
  json: (description: string, schema: string | JsonSchema, examples?: Record<string, Example>) => ({
    description,
    headers: cacheHeaders,
    content: { "application/json": { schema: typeof schema === "string" ? { $ref: `#/components/schemas/${schema}` } : schema, ...(examples ? { examples } : {}) } },
  }),
  csv: (description: string, examples: Record<string, Example>) => ({ description, headers: csvHeaders, content: { "text/csv": { schema: { type: "string" }, examples } } }),
  notModified: { description: en.api.notModified, headers: cacheHeaders },
  /** A 400 whose examples are the route's own answers to each request. */
  invalid: (description: string, examples: Record<string, ErrorExample>, allowed: readonly string[], schema: z.ZodType) => ({
    description,
    content: {
      "application/json": {
        schema: { $ref: "#/components/schemas/ApiError" },
        examples: Object.fromEntries(Object.entries(examples).map(([k, e]) => [k, { summary: e.summary, "x-request": e.request, value: errorFor(e.request, allowed, schema) }])),
      },
    },
  }),
};
