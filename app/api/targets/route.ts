import { handleTargets } from "@/lib/api/composition";
import { preflight } from "@/lib/api/respond";

export function GET(request: Request): Response {
  return handleTargets(request);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
