import { isCompactDataset, observationFromRow, rateFromRow, type TradeData } from "@/lib/data/compact";
import { pointsInSlices } from "@/lib/trade/view-points";

/** The dashboard's one data request: every observation and rate, once, the same for every view. */
export const DATASET_URL = "/api/dataset";

/** Gives the main thread back (a tap, a paint) before the next slice of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function inSlices<T, R>(items: readonly T[], f: (item: T) => R, slice = 200): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += slice) {
    for (const item of items.slice(i, i + slice)) out.push(f(item));
    await pause();
  }
  return out;
}

/**
 * SWR's fetcher: a failed or malformed answer throws, and the page keeps what the server rendered.
 * A cheap shape check keeps the schema library out of the browser bundle. The rows are reshaped
 * and the default view converted in slices, so no step is a long task on a slow phone.
 */
export async function fetchDataset(url: string): Promise<TradeData> {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const body: unknown = await res.json();
  if (!isCompactDataset(body)) throw new Error(`${url} answered an unexpected shape`);
  const data: TradeData = {
    observations: await inSlices(body.observations, observationFromRow),
    rates: body.rates.map(rateFromRow),
    sources: body.sources,
  };
  await pointsInSlices(data, "USD", "article", pause);
  return data;
}
