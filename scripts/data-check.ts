/**
 * `npm run data:check [dir]`: validates the data files (data/ by default) and names the file,
 * record and field of every problem. `npm run build` and `npm test` run it first.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { missingIndonesianNotes } from "../lib/data/notes";
import { formatDataError, validateDataset } from "../lib/data/validate";

const dir = process.argv[2] ?? "data";

function readJson(name: string): unknown {
  const file = path.join(dir, name);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    console.error(`data/${name} › (file) › (root): cannot be read as JSON: ${(err as Error).message}`);
    process.exit(1);
  }
}

const result = validateDataset({
  observations: readJson("observations.json"),
  rates: readJson("rates.json"),
  prices: readJson("prices.json"),
  composition: readJson("composition.json"),
  sources: readJson("sources.json"),
  context: readJson("context.json"),
});
// Valid data must also give every note a page can open in Indonesian.
const errors = result.ok ? missingIndonesianNotes(result.data.observations, result.data) : result.errors;

if (!result.ok || errors.length) {
  console.error(`data:check found ${errors.length} problem(s):`);
  for (const e of errors) console.error(`  ${formatDataError(e)}`);
  process.exit(1);
}
console.log(
  `data:check ok: ${result.data.observations.length} observations, ${result.data.rates.length} rates, ${result.data.cpi.length} price index values, ${result.data.sources.size} sources`,
);
