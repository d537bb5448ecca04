import { preflight } from "@/lib/api/respond";
import { handleSources } from "@/lib/api/sources";

export function GET(request: Request): Response {
  return handleSources(request);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
