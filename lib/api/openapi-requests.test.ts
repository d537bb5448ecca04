import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { TRADE_QUERY_TIES } from "@/lib/schema/api";
import { openApiDocument } from "./openapi";
import { accepts, invalidValue, validValue, type ParamSchema } from "./openapi-arbitrary";
import { HANDLERS, operations, readBody, schemaErrors } from "./openapi-replay";

/**
 * Requests drawn from the OpenAPI document alone, as a tool that tests an API from its document
 * would draw them, sent to the route handlers in-process: every valid one must be answered 200 with
 * the documented body, every invalid one 400 with issues naming what is wrong. Replay a failure
 * with the seed and path fast-check prints.
 */

const doc = openApiDocument(getDataset(), null);
type Query = Record<string, string>;

const paramsOf = (path: string) => operations(doc).find((o) => o.path === path)?.op.parameters ?? [];
const schemaOf = (path: string, name: string) => paramsOf(path).find((p) => p.name === name)?.schema as ParamSchema;
/** The values of an enum, or of a comma list's items. */
const enumOf = (path: string, name: string) => (schemaOf(path, name).enum ?? schemaOf(path, name).items?.enum ?? []).map(String);
/** A value of a parameter drawn from its schema, other than those named. */
const valueBut = (path: string, name: string, ...not: string[]) => validValue(schemaOf(path, name)).filter((v) => !not.includes(v));

/** Some of a path's parameters (the required ones always), each with a value its schema allows; `all` has a value for every one. */
const drawn = (path: string) => {
  const required = paramsOf(path).filter((p) => p.required).map((p) => p.name);
  const optional = paramsOf(path).filter((p) => !p.required).map((p) => p.name);
  return fc
    .tuple(fc.record(Object.fromEntries(paramsOf(path).map((p) => [p.name, validValue(p.schema as ParamSchema)]))), fc.subarray(optional))
    .map(([all, names]) => ({ all: all as Query, query: Object.fromEntries([...required, ...names].map((n) => [n, all[n] as string])) }));
};

const without = (q: Query, name: string): Query => Object.fromEntries(Object.entries(q).filter(([k]) => k !== name));
const T = "/api/trade";

/**
 * The rules that tie two trade parameters. The document states them in words (the operation's
 * description, its 400, the parameters' texts) because no parameter's schema can, so a generator
 * has to be told them: `respect` applies a rule to a drawn query as the words say, `broken` turns
 * a query that keeps every rule into one that breaks this rule only. Keyed by the schema's own
 * rules, so a new rule does not compile until the generator knows it.
 */
const TIES: Record<keyof typeof TRADE_QUERY_TIES, { respect: (q: Query, all: Query) => Query; broken: (q: Query) => fc.Arbitrary<Query> }> = {
  // "idrPerUsd: required with rate=custom"
  idrPerUsdWithCustom: {
    respect: (q, all) => (q.rate === "custom" ? { ...q, idrPerUsd: all.idrPerUsd as string } : q),
    broken: (q) => fc.constant({ ...without(q, "idrPerUsd"), rate: "custom" }),
  },
  // "idrPerUsd: only with rate=custom" (the default rate is another)
  idrPerUsdOnlyCustom: {
    respect: (q) => (q.rate === "custom" ? q : without(q, "idrPerUsd")),
    broken: (q) => fc.tuple(fc.option(valueBut(T, "rate", "custom"), { nil: undefined }), validValue(schemaOf(T, "idrPerUsd"))).map(([rate, idrPerUsd]) => ({ ...without(q, "rate"), ...(rate ? { rate } : {}), idrPerUsd })),
  },
  // "prices: constant prices ... only with currency=USD" (USD is the default currency)
  constantInUsd: {
    respect: (q) => (q.prices === "constant" && q.currency !== undefined ? { ...q, currency: "USD" } : q),
    broken: (q) => valueBut(T, "currency", "USD").map((currency) => ({ ...q, prices: "constant", currency })),
  },
  // "base: only with prices=constant" (the default prices are nominal)
  baseWithConstant: {
    respect: (q) => (q.prices === "constant" ? q : without(q, "base")),
    broken: (q) => fc.tuple(fc.option(valueBut(T, "prices", "constant"), { nil: undefined }), validValue(schemaOf(T, "base"))).map(([prices, base]) => ({ ...without(q, "prices"), ...(prices ? { prices } : {}), base })),
  },
  // "from: must not be after to"
  fromNotAfterTo: {
    respect: (q) => (q.from !== undefined && q.to !== undefined && Number(q.from) > Number(q.to) ? { ...q, from: q.to, to: q.from } : q),
    broken: (q) => fc.uniqueArray(validValue(schemaOf(T, "from")), { minLength: 2, maxLength: 2 }).map((ys) => ys.map(Number).sort((a, b) => b - a)).map(([from, to]) => ({ ...q, from: String(from), to: String(to) })),
  },
  // "partner: with reporter CHN the partner cannot be CHN; with another reporter the only partner is CHN" (CHN is the default reporter)
  partnerOfReporter: {
    respect: (q) => {
      if (q.partner === undefined) return q;
      const china = (q.reporter ?? schemaOf(T, "reporter").enum?.[0]) === "CHN";
      const kept = q.partner.split(",").filter((p) => (p === "CHN") !== china);
      return kept.length ? { ...q, partner: kept.join(",") } : without(q, "partner");
    },
    broken: (q) =>
      fc.constantFrom(...enumOf(T, "reporter")).chain((reporter) =>
        // A partner the reporter cannot have, among any it can.
        fc.tuple(fc.constantFrom(...enumOf(T, "partner").filter((p) => (p === "CHN") === (reporter === "CHN"))), fc.subarray(enumOf(T, "partner").filter((p) => (p === "CHN") !== (reporter === "CHN")))).map(([wrong, right]) => ({ ...q, reporter, partner: [wrong, ...right].join(",") })),
      ),
  },
};

const respectAll = ({ query, all }: { query: Query; all: Query }) => Object.values(TIES).reduce((q, tie) => tie.respect(q, all), query);
/** A valid query of a path: trade queries keep the rules the document states in words. */
const validQuery = (path: string) => (path.startsWith(T) ? drawn(path).map(respectAll) : drawn(path).map((d) => d.query));

const send = (path: string, query: Query | URLSearchParams) => (HANDLERS[path] as (q: string) => Response)(`?${new URLSearchParams(query).toString()}`.replace(/^\?$/, ""));
const PATHS = operations(doc).map((o) => o.path);
// A trade answer can be half a megabyte and take a third of a second: fewer runs there, more elsewhere.
const RUNS: Record<string, number> = { "/api/trade": 150, "/api/trade.csv": 50 };
/** Whether the document says a path refuses queries (a 400); /api/dataset and /api/openapi.json read none. */
const refuses = (path: string) => operations(doc).find((o) => o.path === path)?.op.responses["400"] !== undefined;
const counts = { valid: 0, invalid: 0 };

/** The parameters a refusal names, once it is known to be the documented 400. */
async function namedBy(path: string, res: Response, what: string): Promise<string[]> {
  counts.invalid++;
  expect(res.status, what).toBe(400);
  const body = await readBody(res);
  expect(schemaErrors(doc, path, "400", "application/json", body)).toEqual([]);
  return (body as { issues: { param: string }[] }).issues.map((i) => i.param);
}

describe.each(PATHS)("%s, with requests drawn from the document", (path) => {
  it("answers every valid request 200 with a body the documented schema accepts", async () => {
    const before = counts.valid;
    await fc.assert(
      fc.asyncProperty(validQuery(path), async (query) => {
        counts.valid++;
        const res = send(path, query);
        const type = Object.keys(operations(doc).find((o) => o.path === path)?.op.responses["200"]?.content ?? {})[0] as string;
        expect(res.status, JSON.stringify(query)).toBe(200);
        expect(res.headers.get("content-type")).toContain(type);
        expect(schemaErrors(doc, path, "200", type, await readBody(res))).toEqual([]);
      }),
      { numRuns: paramsOf(path).length ? (RUNS[path] ?? 60) : 1 },
    );
    expect(counts.valid - before).toBeGreaterThan(0);
  }, 60_000);

  it.runIf(paramsOf(path).length > 0)("answers a value outside each parameter's schema 400, naming the parameter", async () => {
    for (const p of paramsOf(path)) {
      const schema = p.schema as ParamSchema;
      // A comma list of codes forgives spaces around its items (the handler trims them); the document
      // states the strict form, so a spaced item is neither drawn as valid nor as invalid.
      const items = schema.type === "array" && schema.items?.type === "string" ? schema.items : null;
      const bad = invalidValue(schema, items ? (s) => accepts(items, s.trim()) : undefined);
      await fc.assert(
        fc.asyncProperty(validQuery(path), bad, async (query, value) => {
          expect(await namedBy(path, send(path, { ...query, [p.name]: value }), `${p.name}=${JSON.stringify(value)}`)).toContain(p.name);
        }),
        { numRuns: 40 },
      );
    }
  }, 60_000);

  it.runIf(!refuses(path))("answers the same whatever the query string, as its description says", async () => {
    const plain = await readBody(send(path, {}));
    for (const query of [{ x: "1" }, { partner: "XYZ" }] as Query[]) expect(await readBody(send(path, query))).toEqual(plain);
  });

  it.runIf(refuses(path))("answers a parameter it does not list, or one given twice, 400 naming it", async () => {
    const names = paramsOf(path).map((p) => p.name);
    const unknown = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/), fc.constantFrom(...names, "q").map((n) => n.toUpperCase())).filter((n) => !names.includes(n));
    await fc.assert(
      fc.asyncProperty(validQuery(path), unknown, fc.string({ maxLength: 8 }), async (query, name, value) => {
        expect(await namedBy(path, send(path, { ...query, [name]: value }), name)).toContain(name);
      }),
      { numRuns: 40 },
    );
    if (!names.length) return;
    const oneOf = fc.constantFrom(...names).chain((name) => validValue(schemaOf(path, name)).map((value) => ({ name, value })));
    await fc.assert(
      fc.asyncProperty(validQuery(path), oneOf, async (query, { name, value }) => {
        const twice = new URLSearchParams(without(query, name));
        twice.append(name, value);
        twice.append(name, value);
        expect(await namedBy(path, send(path, twice), `${name} twice`)).toContain(name);
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

describe.each(Object.entries(TRADE_QUERY_TIES))("/api/trade: the rule %s broken", (rule, { param }) => {
  it(`is a 400 naming ${param}, however the rest of the query is drawn`, async () => {
    const tie = TIES[rule as keyof typeof TIES];
    await fc.assert(
      fc.asyncProperty(validQuery(T).chain(tie.broken), async (query) => {
        expect(await namedBy(T, send(T, query), JSON.stringify(query))).toContain(param);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the requests drawn", () => {
  it("were many, and every one answered as the document says (none of the valid ones a 400)", () => {
    // Each property above fails on a valid request not answered 200 or an invalid one not answered 400;
    // here, that they drew enough of each (2,040 invalid: 1,280 values, 400 parameters, 360 broken rules).
    expect(counts.valid).toBeGreaterThanOrEqual(400);
    expect(counts.invalid).toBeGreaterThanOrEqual(2000);
  });
});
