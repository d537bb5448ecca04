import type { TradeData } from "@/lib/data/types";
import type { TradePoint } from "@/lib/schema/api";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { toPoint, type Prices } from "./points";
import { displaySeries } from "./series";
import { withReaderRate } from "./reader-rate";

/**
 * Every figure the dashboard shows, per currency and basis, converted once per dataset: toggling
 * back is a lookup. `yieldEvery` lets the browser's first conversion give the main thread back
 * between slices, so loading the dashboard never blocks a tap for long.
 */
const converted = new WeakMap<TradeData, Map<string, TradePoint[]>>();

/** US dollars and yuan do not depend on the rupiah rate; only US dollars can be constant. */
const keyOf = (currency: DisplayCurrency, basis: RateBasis, prices: Prices) =>
  currency === "USD" ? (prices ? `USD:${prices.base}` : "USD") : currency === "CNY" ? "CNY" : `${currency}:${basis}`;

function cacheOf(data: TradeData): Map<string, TradePoint[]> {
  let cache = converted.get(data);
  if (!cache) {
    cache = new Map();
    converted.set(data, cache);
  }
  return cache;
}

export function pointsFor(data: TradeData, currency: DisplayCurrency, basis: RateBasis, prices: Prices = null): TradePoint[] {
  const cache = cacheOf(data);
  const key = keyOf(currency, basis, prices);
  let points = cache.get(key);
  if (!points) {
    points = displaySeries(data.observations, currency).map((o) => toPoint(o, currency, basis, data, currency === "USD" ? prices : null));
    cache.set(key, points);
  }
  return points;
}

/** A view's money: the settings that decide which numbers the points hold. */
export type ViewMoney = { currency: DisplayCurrency; rate: RateBasis; idrPerUsd: string | null; prices: "nominal" | "constant"; base: number };

/** The points of a view: your rate applied where chosen, constant dollars only in US dollars. */
export function viewPoints<T extends TradeData>(data: T, m: ViewMoney): TradePoint[] {
  const prices = m.currency === "USD" && m.prices === "constant" ? { base: m.base } : null;
  return pointsFor(withReaderRate(data, m.rate === "custom" ? m.idrPerUsd : null), m.currency, m.rate, prices);
}

/** `f` over the items in slices, with a pause after each slice: long work that never blocks for long. */
export async function inSlices<T, R>(items: readonly T[], f: (item: T) => R, pause: () => Promise<void>, slice = 150): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += slice) {
    for (const item of items.slice(i, i + slice)) out.push(f(item));
    await pause();
  }
  return out;
}

/** The same as pointsFor, converted in slices. */
export async function pointsInSlices(data: TradeData, currency: DisplayCurrency, basis: RateBasis, pause: () => Promise<void>): Promise<TradePoint[]> {
  const cache = cacheOf(data);
  const key = keyOf(currency, basis, null);
  const points = cache.get(key) ?? (await inSlices(displaySeries(data.observations, currency), (o) => toPoint(o, currency, basis, data), pause));
  cache.set(key, points);
  return points;
}
