import { z } from "zod";

/**
 * Query-string parameters: each reads a string and checks it, and names in its JSON Schema
 * (`.meta`) the values it accepts as OpenAPI describes a query parameter (an integer year, a
 * comma list of codes), so that the OpenAPI document and the API page show them. A list is never
 * empty (`minItems: 1`): an empty list would be sent as `name=`, which no list parameter takes.
 */

export const oneOf = (values: readonly string[]) => `must be one of ${values.join(", ")}`;

/** "1992–2025", or "1992–2000, 2005" where a year is missing: consecutive years as one span. */
export function yearSpans(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const y of sorted) {
    const last = spans.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else spans.push([y, y]);
  }
  return spans.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
}

/** A comma list of allowed values; empty items and unknown values are named in the message. */
export function csvOf<T extends string>(allowed: readonly T[]) {
  return z
    .string()
    .transform((text, ctx) => {
      const items = text.split(",").map((s) => s.trim());
      const bad = items.filter((s) => !(allowed as readonly string[]).includes(s));
      if (bad.length) {
        const shown = bad.map((s) => (s === "" ? "(empty)" : JSON.stringify(s.slice(0, 40)))).join(", ");
        ctx.addIssue({ code: "custom", message: `unknown value ${shown}: ${oneOf(allowed)} (comma-separated)` });
        return z.NEVER;
      }
      return [...new Set(items)] as T[];
    })
    .meta({ type: "array", minItems: 1, items: { type: "string", enum: [...allowed] } });
}

/**
 * A year is four ASCII digits: the document states it as a pattern beside the integer range, for
 * tools that check the query text before reading it as a number ("2024.0" and "+2024" are 400s).
 */
export const YEAR_PATTERN = "^[0-9]{4}$";
const FOUR_DIGITS = new RegExp(YEAR_PATTERN);

/** A four-digit year from `min` to `max`. */
export function yearParam(min: number, max: number) {
  return z
    .string()
    .transform((text, ctx) => {
      if (!FOUR_DIGITS.test(text)) ctx.addIssue({ code: "custom", message: `must be a four-digit year from ${min} to ${max}` });
      else if (Number(text) < min || Number(text) > max) ctx.addIssue({ code: "custom", message: `must be a year from ${min} to ${max}` });
      else return Number(text);
      return z.NEVER;
    })
    .meta({ type: "integer", pattern: YEAR_PATTERN, minimum: min, maximum: max });
}

/** One of a set of years (`what` says which, e.g. "a year the US CPI-U covers"). */
export function yearOf(years: readonly number[], what: string) {
  const rule = `${what}: ${yearSpans(years)}`;
  return z
    .string()
    .transform((text, ctx) => {
      if (!FOUR_DIGITS.test(text)) ctx.addIssue({ code: "custom", message: `must be a four-digit year, ${rule}` });
      else if (!years.includes(Number(text))) ctx.addIssue({ code: "custom", message: `must be ${rule}` });
      else return Number(text);
      return z.NEVER;
    })
    .meta({ type: "integer", pattern: YEAR_PATTERN, enum: [...years] });
}

/** A comma list of years from `min` to `max`, e.g. "2022,2024": a figure's years need not be one run. */
export function yearList(min: number, max: number) {
  return z
    .string()
    .transform((text, ctx) => {
      const items = text.split(",");
      const bad = items.filter((s) => !FOUR_DIGITS.test(s) || Number(s) < min || Number(s) > max);
      if (bad.length) {
        ctx.addIssue({ code: "custom", message: `must be a comma list of four-digit years from ${min} to ${max}; not ${bad.map((b) => JSON.stringify(b.slice(0, 40))).join(", ")}` });
        return z.NEVER;
      }
      return [...new Set(items.map(Number))].sort((a, b) => a - b);
    })
    .meta({ type: "array", minItems: 1, items: { type: "integer", pattern: YEAR_PATTERN, minimum: min, maximum: max } });
}
