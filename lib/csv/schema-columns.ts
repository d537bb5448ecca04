import { z } from "zod";
import { snakeCase } from "./flatten";

/**
 * The columns a CSV of a JSON schema's records must have, named as flatRecord names them: every
 * field, optional and nullable ones included (which an answer may never show), nested objects
 * flattened, lists as one column. Tests hold each CSV's header against it.
 */
export function schemaColumns(schema: z.ZodType, prefix = ""): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodObject)) return [prefix.slice(0, -1)];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => schemaColumns(field, `${prefix}${snakeCase(key)}_`));
}
