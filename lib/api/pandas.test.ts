import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import observationsJson from "@/data/observations.json";
import { tradeResponse } from "@/lib/schema/api";
import { handleObservationsCsv } from "./record";
import { apiExamples, EXACT_COLUMNS, PANDAS_QUERY } from "./reference";
import { handleTrade } from "./trade";

/**
 * The API page's pandas examples, run as written against the CSV the API serves: every value must
 * come back exactly as the JSON has it. Debian's pandas (python3-pandas) is what CI installs; where
 * /usr/bin/python3 has none, this says so and skips.
 */
const PYTHON = "/usr/bin/python3";
const hasPandas = spawnSync(PYTHON, ["-c", "import pandas"], { encoding: "utf8" }).status === 0;
const ORIGIN = "https://example.org";
/** Starting Python and importing pandas takes seconds on a busy machine. */
const SLOW = { timeout: 60_000 };
const dir = mkdtempSync(join(tmpdir(), "pandas-example-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page's example for a path, reading `file` instead of the URL, then printing the columns as JSON. */
function runExample(path: string, url: string, csv: string, columns: readonly string[]): Record<string, (string | null)[]> {
  const file = join(dir, `${path.replaceAll("/", "_")}.csv`);
  writeFileSync(file, csv);
  const example = apiExamples(path, ORIGIN).find((e) => e.kind === "pandas")?.code ?? "";
  expect(example).toContain(`url = "${url}"`);
  const code = [
    example.replace(`url = "${url}"`, `url = ${JSON.stringify(file)}`),
    "import json, sys",
    `json.dump({c: [None if v is None else str(v) for v in df[c]] for c in ${JSON.stringify(columns)}}, sys.stdout)`,
  ].join("\n");
  const run = spawnSync(PYTHON, ["-c", code], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as Record<string, (string | null)[]>;
}

/** The CSV the API serves for a trade query, and the JSON answer to the same query. */
async function tradeCsvAndJson(query: string) {
  const csv = await handleTrade(new Request(`http://localhost/api/trade.csv${query}`), "csv").text();
  const json: unknown = await handleTrade(new Request(`http://localhost/api/trade${query}`)).json();
  return { csv, json };
}

const mismatches = (got: readonly (string | null)[] | undefined, want: readonly (string | null)[]) => want.flatMap((w, i) => (got?.[i] === w ? [] : [`row ${i + 1}: ${String(got?.[i])} ≠ ${String(w)}`]));

describe.skipIf(!hasPandas)(hasPandas ? "the API page's pandas examples" : `skipped: ${PYTHON} has no pandas (apt-get install python3-pandas)`, () => {
  it(`reads every rupiah value of /api/trade.csv${PANDAS_QUERY} exactly as the JSON's valueText`, SLOW, async () => {
    const { csv, json } = await tradeCsvAndJson(PANDAS_QUERY);
    const obs = tradeResponse.parse(json).observations;
    const got = runExample("/api/trade.csv", `${ORIGIN}/api/trade.csv${PANDAS_QUERY}`, csv, [...EXACT_COLUMNS.trade, "note", "derivation", "unavailable_message"]);
    expect(obs.filter((o) => o.valueText !== null).length).toBeGreaterThan(600);
    expect(mismatches(got.value, obs.map((o) => o.valueText))).toEqual([]);
    expect(mismatches(got.value_usd, obs.map((o) => (o.valueUsd === null ? null : String(o.valueUsd))))).toEqual([]);
    expect(mismatches(got.stated_value, obs.map((o) => o.stated.value))).toEqual([]);
    // Text comes back as the JSON has it: the escape apostrophe dropped, empty as "".
    expect(mismatches(got.note, obs.map((o) => o.note ?? ""))).toEqual([]);
    expect(mismatches(got.derivation, obs.map((o) => o.derivation ?? ""))).toEqual([]);
    expect(mismatches(got.unavailable_message, obs.map((o) => o.unavailable?.message ?? ""))).toEqual([]);
  });

  it("reads every figure of /api/observations.csv exactly as data/ states it", SLOW, async () => {
    const csv = await handleObservationsCsv(new Request("http://localhost/api/observations.csv")).text();
    const records = observationsJson.observations;
    const got = runExample("/api/observations.csv", `${ORIGIN}/api/observations.csv`, csv, [...EXACT_COLUMNS.record, "note", "derivation"]);
    expect(mismatches(got.stated_value, records.map((r) => r.value))).toEqual([]);
    expect(mismatches(got.note, records.map((r) => ("note" in r ? (r.note ?? "") : "")))).toEqual([]);
    expect(mismatches(got.derivation, records.map((r) => ("derivation" in r ? (r.derivation ?? "") : "")))).toEqual([]);
    expect(got.value?.every((v) => v !== null && /^\d+$/.test(v))).toBe(true);
  });

  it("is needed: a plain read_csv of the same file drops digits of large rupiah values", SLOW, async () => {
    const { csv, json } = await tradeCsvAndJson(PANDAS_QUERY);
    const file = join(dir, "plain.csv");
    writeFileSync(file, csv);
    const run = spawnSync(PYTHON, ["-c", `import pandas as pd, json, sys\ndf = pd.read_csv(${JSON.stringify(file)})\njson.dump([None if v != v else format(int(v)) for v in df["value"]], sys.stdout)`], { encoding: "utf8" });
    const plain = JSON.parse(run.stdout) as (string | null)[];
    expect(mismatches(plain, tradeResponse.parse(json).observations.map((o) => o.valueText)).length).toBeGreaterThan(0);
  });
});
