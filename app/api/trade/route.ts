import { preflight } from "@/lib/api/respond";
import { handleTrade } from "@/lib/api/trade";

export function GET(request: Request): Response {
  return handleTrade(request);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
