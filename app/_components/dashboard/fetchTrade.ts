import type { TradeResponse } from "@/lib/schema/api";

/**
 * SWR's fetcher: a failed or malformed answer throws, and the page keeps what it shows. The API's
 * zod schema checked this shape on the server; here a cheap check keeps the schema library out of
 * the browser bundle.
 */
export async function fetchTrade(url: string): Promise<TradeResponse> {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const body: unknown = await res.json();
  const ok =
    typeof body === "object" && body !== null && "observations" in body && Array.isArray(body.observations) && "currency" in body && "rate" in body;
  if (!ok) throw new Error(`${url} answered an unexpected shape`);
  return body as TradeResponse;
}
