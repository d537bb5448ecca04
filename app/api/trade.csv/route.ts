import { preflight } from "@/lib/api/respond";
import { handleTrade } from "@/lib/api/trade";

/** The same query as /api/trade, answered as CSV (one row per observation). */
export function GET(request: Request): Response {
  return handleTrade(request, "csv");
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
