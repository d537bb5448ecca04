import { getDataset } from "@/lib/data/load";
import type { TradeData } from "@/lib/data/types";
import { TRADE_QUERY_PARAMS, tradeQuerySchema, type TradeQuery } from "@/lib/schema/api";
import { baseYears, tradeResponse, yearBounds } from "@/lib/trade/points";
import { parseQuery } from "./query";
import { cachedBody, cachedText, jsonError, jsonOk, type CachedBody } from "./respond";
import { tradeCsv, tradeCsvFilename } from "./trade-csv";

const MAX_CACHED = 512;
const bodies = new Map<string, CachedBody>();
let schema: ReturnType<typeof tradeQuerySchema> | undefined;

/** The years the trade query accepts: any the data covers, and as constant dollars' base those the page offers. */
export const tradeQueryBounds = (data: TradeData) => ({ ...yearBounds(data), baseYears: baseYears(data) });

const keyOf = (q: TradeQuery) => JSON.stringify([q.currency, q.rate, q.idrPerUsd, q.prices, q.base, q.reporter, q.partner?.toSorted(), q.flow?.toSorted(), q.from, q.to, q.years, q.periodType]);

/**
 * GET /api/trade and /api/trade.csv: the same query, validated the same way, answered as JSON or CSV.
 * Bodies are built once per distinct query and format, since the data only changes with a deploy.
 */
export function handleTrade(request: Request, format: "json" | "csv" = "json"): Response {
  const data = getDataset();
  schema ??= tradeQuerySchema(tradeQueryBounds(data));
  const parsed = parseQuery(new URL(request.url).searchParams, TRADE_QUERY_PARAMS, schema);
  if (!parsed.ok) return jsonError(400, "invalid query", parsed.issues);
  const key = `${format}:${keyOf(parsed.value)}`;
  let cached = bodies.get(key);
  if (!cached) {
    const response = tradeResponse(data, parsed.value);
    cached = format === "csv" ? cachedText(tradeCsv(response)) : cachedBody(response);
    if (bodies.size >= MAX_CACHED) bodies.delete(bodies.keys().next().value as string);
    bodies.set(key, cached);
  }
  if (format === "json") return jsonOk(request, cached);
  return jsonOk(request, cached, "text/csv; charset=utf-8", { "Content-Disposition": `attachment; filename="${tradeCsvFilename(parsed.value)}"` });
}
