import { handleComposition } from "@/lib/api/composition";
import { preflight } from "@/lib/api/respond";

/** The same query as /api/composition, answered as CSV. */
export function GET(request: Request): Response {
  return handleComposition(request, "csv");
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
