import { cachedBody, jsonOk, preflight, type CachedBody } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/api/openapi";
import { getDataset } from "@/lib/data/load";

/**
 * Built once per server process and kept. Not `force-static`: a static route sees no request
 * headers, so it could never answer If-None-Match with a 304.
 */
let cached: CachedBody | undefined;

export function GET(request: Request): Response {
  cached ??= cachedBody(openApiDocument(getDataset()));
  return jsonOk(request, cached);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
