import { cachedBody, jsonOk, preflight, type CachedBody } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/api/openapi";
import { getDataset } from "@/lib/data/load";

/** Prepared at build time from the zod schemas the routes use. */
export const dynamic = "force-static";

let cached: CachedBody | undefined;

export function GET(request: Request): Response {
  cached ??= cachedBody(openApiDocument(getDataset()));
  return jsonOk(request, cached);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
