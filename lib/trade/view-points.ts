import type { TradePoint } from "@/lib/schema/api";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { toPoint, type TradeData } from "./points";
import { displaySeries } from "./series";

/**
 * Every figure the dashboard shows, per currency and basis, converted once per dataset: toggling
 * back is a lookup. `yieldEvery` lets the browser's first conversion give the main thread back
 * between slices, so loading the dashboard never blocks a tap for long.
 */
const converted = new WeakMap<TradeData, Map<string, TradePoint[]>>();

const keyOf = (currency: DisplayCurrency, basis: RateBasis) => (currency === "USD" ? "USD" : `${currency}:${basis}`);

function cacheOf(data: TradeData): Map<string, TradePoint[]> {
  let cache = converted.get(data);
  if (!cache) {
    cache = new Map();
    converted.set(data, cache);
  }
  return cache;
}

export function pointsFor(data: TradeData, currency: DisplayCurrency, basis: RateBasis): TradePoint[] {
  const cache = cacheOf(data);
  const key = keyOf(currency, basis);
  let points = cache.get(key);
  if (!points) {
    points = displaySeries(data.observations).map((o) => toPoint(o, currency, basis, data));
    cache.set(key, points);
  }
  return points;
}

/** The same, converted in slices with a pause between them. */
export async function pointsInSlices(data: TradeData, currency: DisplayCurrency, basis: RateBasis, pause: () => Promise<void>, slice = 150): Promise<TradePoint[]> {
  const cache = cacheOf(data);
  const key = keyOf(currency, basis);
  const hit = cache.get(key);
  if (hit) return hit;
  const series = displaySeries(data.observations);
  const points: TradePoint[] = [];
  for (let i = 0; i < series.length; i += slice) {
    for (const o of series.slice(i, i + slice)) points.push(toPoint(o, currency, basis, data));
    await pause();
  }
  cache.set(key, points);
  return points;
}
