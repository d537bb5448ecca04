import { handleObservationsCsv } from "@/lib/api/record";
import { preflight } from "@/lib/api/respond";

/** Prepared once at build time: the whole record as one CSV file. */
export const dynamic = "force-static";

export function GET(request: Request): Response {
  return handleObservationsCsv(request);
}

/** CORS preflight: any origin may GET this. */
export function OPTIONS(): Response {
  return preflight();
}
