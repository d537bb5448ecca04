import { toCompact } from "@/lib/data/compact";
import { getDataset } from "@/lib/data/load";
import { openApiDocument } from "./openapi";
import { cachedBody, jsonOk, type CachedBody } from "./respond";

/** Each built once per server process and kept. */
let dataset: CachedBody | undefined;
let openApi: CachedBody | undefined;

/** GET /api/dataset: the compact dataset the browser computes every view from. */
export function handleDataset(request: Request): Response {
  dataset ??= cachedBody(toCompact(getDataset()));
  return jsonOk(request, dataset);
}

/** GET /api/openapi.json: the OpenAPI document. */
export function handleOpenApi(request: Request): Response {
  openApi ??= cachedBody(openApiDocument(getDataset()));
  return jsonOk(request, openApi);
}
