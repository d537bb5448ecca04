import { getDataset } from "@/lib/data/load";
import { dataPackage } from "./datapackage";
import { observationsCsv } from "./observations-csv";
import { cachedBody, cachedText, jsonOk, type CachedBody } from "./respond";

let csv: CachedBody | undefined;
let pkg: CachedBody | undefined;

/** GET /api/observations.csv: the whole record, every observation in data/, as one CSV file. */
export function handleObservationsCsv(request: Request): Response {
  csv ??= cachedText(observationsCsv(getDataset()));
  return jsonOk(request, csv, "text/csv; charset=utf-8", { "Content-Disposition": 'attachment; filename="china-central-asia-trade_observations.csv"' });
}

/** GET /api/datapackage.json: the Frictionless Data Package that describes it. */
export function handleDataPackage(request: Request): Response {
  pkg ??= cachedBody(dataPackage(getDataset()));
  return jsonOk(request, pkg);
}
