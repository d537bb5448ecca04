import { z } from "zod";
import { parseQuery } from "./query";

export type JsonSchema = Record<string, unknown>;

/** A schema without its `$schema` line: inside an OpenAPI document the dialect is the document's. */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  void _dialect;
  return rest;
}

/** The error a query gets, as the route's own parser words it. */
export function errorFor(query: string, allowed: readonly string[], schema: z.ZodType) {
  const parsed = parseQuery(new URLSearchParams(query), allowed, schema);
  return { error: "invalid query", issues: parsed.ok ? [] : parsed.issues };
}

