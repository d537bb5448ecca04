import { handleDataset } from "@/lib/api/documents";
import { preflight } from "@/lib/api/respond";

/**
 * Built once per server process and kept. Not `force-static`: a static route sees no request
 * headers, so it could never answer If-None-Match with a 304.
 */
export function GET(request: Request): Response {
  return handleDataset(request);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
