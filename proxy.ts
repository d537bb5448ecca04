import { isAllowedMethod, methodNotAllowed } from "@/lib/api/methods";

/**
 * Route handlers cannot answer every method: Next has no export for TRACE (it answered 500) and a
 * route without POST gave a bare 405 with neither `Allow` nor CORS. One gate in front of /api does it
 * for every path, including ones added later.
 */
export function proxy(request: Request): Response | undefined {
  if (isAllowedMethod(request.method)) return undefined;
  return methodNotAllowed(request.method);
}

export const config = { matcher: "/api/:path*" };
