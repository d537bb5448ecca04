import { tradeResponse, type TradeResponse } from "@/lib/schema/api";

/** SWR's fetcher: a failed or malformed answer throws, and the page keeps what it shows. */
export async function fetchTrade(url: string): Promise<TradeResponse> {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return tradeResponse.parse(await res.json());
}
