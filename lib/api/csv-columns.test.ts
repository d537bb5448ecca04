import { describe, expect, it } from "vitest";
import observationsJson from "@/data/observations.json";
import { flatRecord } from "@/lib/csv/flatten";
import { schemaColumns } from "@/lib/csv/schema-columns";
import { getDataset } from "@/lib/data/load";
import { parseCsv } from "@/lib/import/csv";
import { tradePoint, tradeResponse, type TradeResponse } from "@/lib/schema/api";
import { compositionResponse, productJson, targetJson, targetsResponse } from "@/lib/schema/api-composition";
import { observationRecord } from "@/lib/schema/data";
import { CSV_COLUMNS } from "@/lib/view/csv";
import { handleComposition, handleTargets } from "./composition";
import { handleObservationsCsv } from "./record";
import { handleTrade } from "./trade";

/**
 * Every CSV the site serves has a column for every field of its JSON, named as flatRecord names
 * it (snake_case, nested objects as parent_child, lists as one column of JSON text), holding the
 * JSON's value exactly. The expected columns come from the zod schemas, so a field added to the
 * JSON without a column fails here, even before any record has it.
 */

const csvOf = async (res: Response) => {
  expect(res.status).toBe(200);
  const { header, rows } = parseCsv(await res.text());
  return { header, rows: rows.map((r) => r.cells) };
};

/** The escape rule undone: one leading apostrophe dropped (numbers never have one). */
const unescape = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

/**
 * Each CSV row holds each JSON field's value, as flatRecord writes it; `alias` maps a JSON field to
 * the column that holds it, whose value stands for it where the JSON has null (`value` beyond 2^53).
 */
function expectSameValues(header: string[], rows: string[][], records: readonly Record<string, unknown>[], alias: Record<string, string> = {}) {
  expect(rows).toHaveLength(records.length);
  let compared = 0;
  const mismatches: string[] = [];
  records.forEach((record, i) => {
    for (const [field, value] of Object.entries(flatRecord(record))) {
      if (value === "" && Object.values(alias).includes(field)) continue;
      const column = header.indexOf(alias[field] ?? field);
      // A null object (unavailable: null) is its fields' columns, all empty.
      const nested = header.flatMap((h, c) => (h.startsWith(`${field}_`) ? [rows[i]?.[c]] : []));
      if (column < 0 && value === "" && nested.length > 0) {
        if (nested.some((c) => c !== "")) mismatches.push(`row ${i + 1} ${field}: null, yet ${JSON.stringify(nested)}`);
        continue;
      }
      const cell = unescape(rows[i]?.[column] ?? "");
      if (column < 0 || cell !== value) mismatches.push(`row ${i + 1} ${field}: ${JSON.stringify(cell)} ≠ ${JSON.stringify(value)}`);
      compared++;
    }
  });
  expect(mismatches).toEqual([]);
  return compared;
}

const expectColumns = (header: string[], expected: string[], alias: Record<string, string> = {}) => {
  const missing = expected.map((c) => alias[c] ?? c).filter((c) => !header.includes(c));
  expect(missing).toEqual([]);
};

describe("every JSON field is a CSV column, with the JSON's value", () => {
  // The trade CSV's `value` is the JSON's valueText: the same whole units, exact beyond 2^53.
  const tradeAlias = { value_text: "value" };

  it.each(["", "?currency=IDR&rate=annual", "?currency=IDR&rate=custom&idrPerUsd=17000.5", "?currency=CNY", "?prices=constant&base=2000", "?reporter=KAZ"])("/api/trade.csv%s", async (query) => {
    const { header, rows } = await csvOf(handleTrade(new Request(`http://localhost/api/trade.csv${query}`), "csv"));
    const json: TradeResponse = tradeResponse.parse(await handleTrade(new Request(`http://localhost/api/trade${query}`)).json());
    expectColumns(header, schemaColumns(tradePoint), tradeAlias);
    // Of the answer's envelope, reporter and currency are in every row; `rate` and `prices` describe
    // the whole answer in sentences, which each row's rate_basis, rates_used and prices say for that row.
    expect(Object.keys(tradeResponse.shape)).toEqual(["reporter", "currency", "rate", "prices", "observations"]);
    expect(expectSameValues(header, rows, json.observations, tradeAlias)).toBeGreaterThanOrEqual(json.observations.length * 18);
    expect(new Set(rows.map((r) => `${r[header.indexOf("reporter")]} ${r[header.indexOf("currency")]}`))).toEqual(new Set(rows.length ? [`${json.reporter} ${json.currency}`] : []));
  });

  it("/api/targets.csv", async () => {
    const { header, rows } = await csvOf(handleTargets(new Request("http://localhost/api/targets.csv"), "csv"));
    expectColumns(header, schemaColumns(targetJson));
    expectSameValues(header, rows, targetsResponse.parse(await handleTargets(new Request("http://localhost/api/targets")).json()).targets);
  });

  it("/api/composition.csv", async () => {
    const { header, rows } = await csvOf(handleComposition(new Request("http://localhost/api/composition.csv"), "csv"));
    expectColumns(header, schemaColumns(productJson));
    expectSameValues(header, rows, compositionResponse.parse(await handleComposition(new Request("http://localhost/api/composition")).json()).products);
  });

  it("/api/observations.csv: every field of data/observations.json, every record", async () => {
    const { header, rows } = await csvOf(handleObservationsCsv(new Request("http://localhost/api/observations.csv")));
    // data/ states a figure as value and unit; the CSV names them as /api/trade.csv does, beside the whole units.
    const alias = { value: "stated_value", unit: "stated_unit" };
    expectColumns(header, schemaColumns(observationRecord), alias);
    expect(expectSameValues(header, rows, observationsJson.observations, alias)).toBeGreaterThanOrEqual(observationsJson.observations.length * 11);
    expect(rows).toHaveLength(getDataset().observations.length);
  });
});

describe("one header style", () => {
  it("every CSV the site serves names its columns in snake_case", async () => {
    const headers = [
      (await csvOf(handleTrade(new Request("http://localhost/api/trade.csv"), "csv"))).header,
      (await csvOf(handleTargets(new Request("http://localhost/api/targets.csv"), "csv"))).header,
      (await csvOf(handleComposition(new Request("http://localhost/api/composition.csv"), "csv"))).header,
      (await csvOf(handleObservationsCsv(new Request("http://localhost/api/observations.csv")))).header,
      CSV_COLUMNS,
    ];
    for (const header of headers) for (const name of header) expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });
});
