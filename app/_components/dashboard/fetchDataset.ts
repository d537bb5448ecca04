import { fromCompact, isCompactDataset, type TradeData } from "@/lib/data/compact";

/** The dashboard's one data request: every observation and rate, once, the same for every view. */
export const DATASET_URL = "/api/dataset";

/**
 * SWR's fetcher: a failed or malformed answer throws, and the page keeps what the server rendered.
 * A cheap shape check keeps the schema library out of the browser bundle.
 */
export async function fetchDataset(url: string): Promise<TradeData> {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const body: unknown = await res.json();
  if (!isCompactDataset(body)) throw new Error(`${url} answered an unexpected shape`);
  return fromCompact(body);
}
