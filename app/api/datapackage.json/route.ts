import { handleDataPackage } from "@/lib/api/record";
import { preflight } from "@/lib/api/respond";

/** Prepared once at build time: the Frictionless Data Package of /api/observations.csv. */
export const dynamic = "force-static";

export function GET(request: Request): Response {
  return handleDataPackage(request);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
