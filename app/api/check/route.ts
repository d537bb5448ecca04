import { handleCheck } from "@/lib/api/check";
import { preflight } from "@/lib/api/respond";

export function GET(request: Request): Response {
  return handleCheck(request);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
