import { jsonError, preflight } from "@/lib/api/respond";

/** An unknown API path answers in the API's own JSON error shape, not with an HTML page. */
function notFound(): Response {
  return jsonError(404, "not found", [{ param: "(path)", message: "no such endpoint; the endpoints are listed in /api/openapi.json" }]);
}

export const GET = notFound;
export const HEAD = notFound;

/** A preflight for a path that does not exist still gets CORS, so the page can read the 404 that follows. */
export function OPTIONS(): Response {
  return preflight();
}
