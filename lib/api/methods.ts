import { jsonError } from "./respond";

/** The API is read-only: these are the only methods any of its paths answers. */
export const API_METHODS = ["GET", "HEAD", "OPTIONS"] as const;
export const ALLOW = API_METHODS.join(", ");

const allowed: ReadonlySet<string> = new Set(API_METHODS);

export const isAllowedMethod = (method: string): boolean => allowed.has(method.toUpperCase());

/**
 * Any other method gets the API's JSON error with `Allow` and the CORS header: without the CORS
 * header a browser reports a CORS failure instead of the 405 and the caller never learns why.
 */
export function methodNotAllowed(method: string): Response {
  const response = jsonError(405, "method not allowed", [
    { param: "(method)", message: `${method} is not allowed here; the API is read-only and answers ${ALLOW}` },
  ]);
  response.headers.set("Allow", ALLOW);
  return response;
}
