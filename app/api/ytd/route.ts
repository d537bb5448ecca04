import { preflight } from "@/lib/api/respond";
import { handleYtd } from "@/lib/api/ytd";

export function GET(request: Request): Response {
  return handleYtd(request);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
