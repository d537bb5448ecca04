import { cachedBody, jsonOk, preflight } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/api/openapi";
import { getDataset } from "@/lib/data/load";

/** Prepared at build time from the zod schemas the routes use. */
export const dynamic = "force-static";

export function GET(request: Request): Response {
  return jsonOk(request, cachedBody(openApiDocument(getDataset())));
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
