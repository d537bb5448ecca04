import { createHash } from "node:crypto";
import type { ApiError, ApiIssue } from "@/lib/schema/api";

/**
 * Data changes only with a deploy: browsers keep a response for 5 minutes and then revalidate
 * by ETag; shared caches keep it for a day and may serve it stale while they refetch.
 */
export const DATA_CACHE_CONTROL = "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800";

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * The API is public and read-only: any origin may call it (a notebook, a spreadsheet, another site).
 * Pages keep their strict headers; only answers built here carry these.
 */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition, Allow",
} as const;

/** The answer to a CORS preflight: GET (and the conditional request a cache makes) from anywhere. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

export type CachedBody = { body: string; etag: string };

export function cachedText(body: string): CachedBody {
  return { body, etag: `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"` };
}

export function cachedBody(value: unknown): CachedBody {
  return cachedText(JSON.stringify(value));
}

/** 200 with the body, or 304 when the client already has it. */
export function jsonOk(request: Request, { body, etag }: CachedBody, contentType: string = JSON_TYPE, extra: Record<string, string> = {}): Response {
  const headers = { "Content-Type": contentType, "Cache-Control": DATA_CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding", ...CORS_HEADERS, ...extra };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** Every API error has one shape: { error, issues: [{ param, message }] }. */
export function jsonError(status: number, error: string, issues: ApiIssue[]): Response {
  const payload: ApiError = { error, issues };
  return new Response(JSON.stringify(payload), {
    status,
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store", ...CORS_HEADERS },
  });
}
