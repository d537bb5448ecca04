import type { z } from "zod";
import type { ApiIssue } from "@/lib/schema/api";

/**
 * Checks a query string against a zod schema of single-valued parameters: unknown and
 * repeated parameters are rejected by name before the schema sees the values.
 */
export function parseQuery<S extends z.ZodType>(
  params: URLSearchParams,
  allowed: readonly string[],
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; issues: ApiIssue[] } {
  const issues: ApiIssue[] = [];
  const counts = new Map<string, number>();
  for (const key of params.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const values: Record<string, string> = {};
  for (const [key, count] of counts) {
    const shown = key === "" ? "(empty name)" : key.length > 40 ? `${key.slice(0, 40)}…` : key;
    if (!allowed.includes(key)) issues.push({ param: shown, message: allowed.length ? `unknown parameter; allowed: ${allowed.join(", ")}` : "unknown parameter; this endpoint takes none" });
    else if (count > 1) issues.push({ param: key, message: `given ${count} times; give it once (use a comma list for several values)` });
    else values[key] = params.get(key) ?? "";
  }
  if (issues.length) return { ok: false, issues };
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ param: String(issue.path[0] ?? "(query)"), message: issue.message })),
  };
}
