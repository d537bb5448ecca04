import context from "@/data/context.json";
import composition from "@/data/composition.json";
import observations from "@/data/observations.json";
import prices from "@/data/prices.json";
import rates from "@/data/rates.json";
import sources from "@/data/sources.json";
import type { Dataset, DataError } from "./types";
import { formatDataError, validateDataset } from "./validate";

/**
 * The one place that reads data/. The JSON is bundled at build time and validated once per
 * server process; an invalid file throws here, so `next build` fails while prerendering.
 */
export class DataFileError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`Invalid data files:\n${errors.map(formatDataError).join("\n")}`);
    this.name = "DataFileError";
  }
}

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  if (!cached) {
    const result = validateDataset({ observations, rates, prices, composition, sources, context });
    if (!result.ok) throw new DataFileError(result.errors);
    cached = result.data;
  }
  return cached;
}
