import fc from "fast-check";

/**
 * Query values drawn from an OpenAPI parameter's JSON Schema, the way a tool that generates
 * requests from the document would: only what the document states (enums, ranges, patterns, list
 * lengths), never a hand list of the API's values. Used by the tests that hold the document and the
 * handlers to each other.
 */

export type ParamSchema = {
  type?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  items?: ParamSchema;
  minItems?: number;
  maxItems?: number;
};

const LONGEST_LIST = 4;

/** Whether the schema states what the text may be: a generator must never fall back to "any string". */
function requireStated(schema: ParamSchema): void {
  const stated = schema.enum || schema.pattern || (schema.type === "integer" && schema.minimum !== undefined && schema.maximum !== undefined) || (schema.type === "array" && schema.items);
  if (!stated) throw new Error(`the document states no values for ${JSON.stringify(schema)}`);
}

/** Whether a query text is a value the schema allows (a list: its comma-separated items each allowed). */
export function accepts(schema: ParamSchema, text: string): boolean {
  requireStated(schema);
  if (schema.type === "array" && schema.items) {
    const items = text.split(",");
    return items.length >= (schema.minItems ?? 0) && items.length <= (schema.maxItems ?? Infinity) && items.every((item) => accepts(schema.items as ParamSchema, item));
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(text)) return false;
  if (text.length < (schema.minLength ?? 0) || text.length > (schema.maxLength ?? Infinity)) return false;
  if (schema.enum) return schema.enum.map(String).includes(text);
  if (schema.type === "integer") return /^-?[0-9]+$/.test(text) && Number(text) >= (schema.minimum ?? -Infinity) && Number(text) <= (schema.maximum ?? Infinity);
  return true;
}

/** A value the schema allows, as the query string writes it. */
export function validValue(schema: ParamSchema): fc.Arbitrary<string> {
  requireStated(schema);
  if (schema.type === "array" && schema.items) {
    return fc.array(validValue(schema.items), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? LONGEST_LIST, LONGEST_LIST) }).map((items) => items.join(","));
  }
  // Each keyword narrows the text further: draw from the narrowest and keep what the others allow too.
  const keep = (s: string) => accepts(schema, s);
  if (schema.enum) return fc.constantFrom(...schema.enum.map(String)).filter(keep);
  if (schema.type === "integer") return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 }).map(String).filter(keep);
  const matching = fc.stringMatching(new RegExp(schema.pattern as string));
  // A free text (a pattern that only says "not blank"): draw short texts, and the longest allowed too.
  const longest = schema.maxLength !== undefined ? fc.constant("9".repeat(schema.maxLength)) : matching;
  return fc.oneof({ arbitrary: matching, weight: 9 }, { arbitrary: longest, weight: 1 }).filter(keep);
}

/** Texts close to allowed ones, which careless clients send: another case, a space, a sign, a decimal point, other digits. */
function nearMisses(schema: ParamSchema): fc.Arbitrary<string> {
  const like = validValue(schema);
  return fc.oneof(
    like.map((s) => (s.toLowerCase() === s ? s.toUpperCase() : s.toLowerCase())),
    like.map((s) => ` ${s}`),
    like.map((s) => `+${s}`),
    like.map((s) => `${s}.0`),
    like.map((s) => `${s}0`),
    like.map((s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
    fc.constantFrom("", "-1", "0", "1e4", "null", "NaN", "%", "XYZ"),
  );
}

/**
 * A value the schema refuses. `lenient` says what a handler forgives though the document states the
 * strict form (for a list, of one item: the trade lists' items are trimmed of spaces); such a text is
 * neither clearly valid nor clearly invalid, so it is not drawn.
 */
export function invalidValue(schema: ParamSchema, lenient: (text: string) => boolean = () => false): fc.Arbitrary<string> {
  requireStated(schema);
  if (schema.type === "array" && schema.items) {
    const item = schema.items;
    const bad = invalidValue(item, lenient).filter((s) => !s.includes(","));
    // A list with one wrong item among allowed ones, anywhere in it.
    return fc.tuple(fc.array(validValue(item), { maxLength: 2 }), bad, fc.array(validValue(item), { maxLength: 2 })).map(([a, b, c]) => [...a, b, ...c].join(","));
  }
  const numbers = (schema.enum ?? []).filter((v): v is number => typeof v === "number");
  const [lo, hi] = [schema.minimum ?? Math.min(...numbers), schema.maximum ?? Math.max(...numbers)];
  const outside = schema.type === "integer" && Number.isFinite(lo) && Number.isFinite(hi) ? fc.oneof(fc.integer({ min: lo - 3000, max: lo - 1 }), fc.integer({ min: hi + 1, max: hi + 3000 })).map(String) : fc.constant("");
  const tooLong = schema.maxLength !== undefined ? fc.constant("9".repeat(schema.maxLength + 1)) : fc.constant("");
  return fc.oneof(nearMisses(schema), outside, tooLong, fc.string({ maxLength: 12 })).filter((s) => !accepts(schema, s) && !lenient(s));
}
