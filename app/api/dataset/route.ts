import { getDataset } from "@/lib/data/load";
import { toCompact } from "@/lib/data/compact";
import { cachedBody, jsonOk, preflight } from "@/lib/api/respond";

/** Prepared once at build time: the dashboard's one data request, the same for every view. */
export const dynamic = "force-static";

export function GET(request: Request): Response {
  return jsonOk(request, cachedBody(toCompact(getDataset())));
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
