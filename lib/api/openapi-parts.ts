import { z } from "zod";
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

