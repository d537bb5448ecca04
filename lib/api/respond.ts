import { createHash } from "node:crypto";
import type { ApiError, ApiIssue } from "@/lib/schema/api";

/**
 * Data changes only with a deploy: browsers keep a response for 5 minutes and then revalidate
 * by ETag; shared caches keep it for a day and may serve it stale while they refetch.
 */
export const DATA_CACHE_CONTROL = "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800";

const JSON_TYPE = "application/json; charset=utf-8";

export type CachedBody = { body: string; etag: string };

export function cachedBody(value: unknown): CachedBody {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"` };
}

/** 200 with the body, or 304 when the client already has it. */
export function jsonOk(request: Request, { body, etag }: CachedBody): Response {
  const headers = { "Content-Type": JSON_TYPE, "Cache-Control": DATA_CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding" };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** Every API error has one shape: { error, issues: [{ param, message }] }. */
export function jsonError(status: number, error: string, issues: ApiIssue[]): Response {
  const payload: ApiError = { error, issues };
  return new Response(JSON.stringify(payload), {
    status,
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store" },
  });
}
