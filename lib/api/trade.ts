import { getDataset } from "@/lib/data/load";
import { TRADE_QUERY_PARAMS, tradeQuerySchema, type TradeQuery } from "@/lib/schema/api";
import { tradeResponse, yearBounds } from "@/lib/trade/points";
import { parseQuery } from "./query";
import { cachedBody, jsonError, jsonOk, type CachedBody } from "./respond";

const MAX_CACHED = 512;
const bodies = new Map<string, CachedBody>();
let schema: ReturnType<typeof tradeQuerySchema> | undefined;

const keyOf = (q: TradeQuery) => JSON.stringify([q.currency, q.rate, q.reporter, q.partner?.toSorted(), q.flow?.toSorted(), q.from, q.to]);

/** GET /api/trade: bodies are built once per distinct query, since the data only changes with a deploy. */
export function handleTrade(request: Request): Response {
  const data = getDataset();
  schema ??= tradeQuerySchema(yearBounds(data));
  const parsed = parseQuery(new URL(request.url).searchParams, TRADE_QUERY_PARAMS, schema);
  if (!parsed.ok) return jsonError(400, "invalid query", parsed.issues);
  const key = keyOf(parsed.value);
  let cached = bodies.get(key);
  if (!cached) {
    cached = cachedBody(tradeResponse(data, parsed.value));
    if (bodies.size >= MAX_CACHED) bodies.delete(bodies.keys().next().value as string);
    bodies.set(key, cached);
  }
  return jsonOk(request, cached);
}
