import { isCompactDataset, observationFromRow, rateFromRow, cpiFromRow, type BrowserData } from "@/lib/data/compact";
import { inSlices, pointsInSlices } from "@/lib/trade/view-points";

/** The dashboard's one data request: every observation and rate, once, the same for every view. */
export const DATASET_URL = "/api/dataset";

/** Gives the main thread back (a tap, a paint) before the next slice of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * SWR's fetcher: a failed or malformed answer throws, and the page keeps what the server rendered.
 * A cheap shape check keeps the schema library out of the browser bundle. The rows are reshaped
 * and the default view converted in slices, so no step is a long task on a slow phone.
 */
export async function fetchDataset(url: string): Promise<BrowserData> {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const body: unknown = await res.json();
  if (!isCompactDataset(body)) throw new Error(`${url} answered an unexpected shape`);
  const data: BrowserData = {
    observations: await inSlices(body.observations, (row) => observationFromRow(row, body.observations), pause),
    rates: body.rates.map(rateFromRow),
    cpi: body.cpi.map(cpiFromRow),
    sources: body.sources,
  };
  await pointsInSlices(data, "USD", "article", pause);
  return data;
}
