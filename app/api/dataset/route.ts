import { getDataset } from "@/lib/data/load";
import { toCompact } from "@/lib/data/compact";
import { cachedBody, jsonOk, preflight, type CachedBody } from "@/lib/api/respond";

/**
 * Built once per server process and kept. Not `force-static`: a static route sees no request
 * headers, so it could never answer If-None-Match with a 304.
 */
let cached: CachedBody | undefined;

export function GET(request: Request): Response {
  cached ??= cachedBody(toCompact(getDataset()));
  return jsonOk(request, cached);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
