import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { apiError, sourcesResponse, TRADE_QUERY_PARAMS, tradeQuerySchema, tradeResponse } from "@/lib/schema/api";
import { tradeResponse as buildTradeResponse } from "@/lib/trade/points";
import { en } from "@/lib/i18n/en";
import { checkPaths, checkSchemas } from "./openapi-check";
import { compositionPaths, compositionSchemas } from "./openapi-composition";
import { errorFor, jsonSchema, queryParameters } from "./openapi-parts";
import { operationText } from "./openapi-text";
import { tradeQueryBounds } from "./trade";

/**
 * The OpenAPI 3.1 document of the JSON API, generated from the zod schemas the routes validate
 * with (zod 4 writes JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Nothing here restates a
 * type by hand: parameters come from the query schema, responses from the response schemas, and
 * each example is the answer the handler gives to the example request named in `x-request`.
 */

/** Examples of each parameter; what each means is the English API page's text, written once. */
const PARAM_EXAMPLE: Partial<Record<(typeof TRADE_QUERY_PARAMS)[number], unknown>> = { currency: "IDR", rate: "article", partner: ["CA5"], flow: ["total"], from: 2024, to: 2024 };

/** The example requests, each answered by the handler when the document is built. */
export const EXAMPLES = {
  trade: "?currency=IDR&partner=CA5&flow=total&from=2024&to=2024",
  tradeYuan: "?currency=CNY&partner=CA5&flow=total&from=2023&to=2024",
  tradeYourRate: "?currency=IDR&rate=custom&idrPerUsd=17000&partner=CA5&flow=total&from=2024&to=2024",
  tradeConstant: "?prices=constant&base=2024&partner=CA5&flow=total&from=1992&to=1992",
  tradeError: "?currency=EUR",
  tradeRateError: "?currency=IDR&rate=custom",
  csv: "?partner=CA5&flow=total&from=2023&to=2024",
  sourcesError: "?limit=10",
} as const;

export function openApiDocument(data: Dataset) {
  const query = tradeQuerySchema(tradeQueryBounds(data));
  const parameters = queryParameters(TRADE_QUERY_PARAMS, query, en.api.params, PARAM_EXAMPLE);
  const answer = (request: string) => buildTradeResponse(data, query.parse(Object.fromEntries(new URLSearchParams(request))));
  const tradeExamples = {
    article2024: { summary: "2024, the five countries, in rupiah at the article's rate", "x-request": EXAMPLES.trade, value: answer(EXAMPLES.trade) },
    yuan: { summary: "2023–2024 in yuan: 2024 as China stated it, 2023 at the Fed's average", "x-request": EXAMPLES.tradeYuan, value: answer(EXAMPLES.tradeYuan) },
    yourRate: { summary: "2024 in rupiah at your own rate of Rp17,000", "x-request": EXAMPLES.tradeYourRate, value: answer(EXAMPLES.tradeYourRate) },
    constant: { summary: "1992 in constant 2024 US dollars (CPI-U)", "x-request": EXAMPLES.tradeConstant, value: answer(EXAMPLES.tradeConstant) },
  };
  const text = (id: Parameters<typeof operationText>[1]) => operationText(en, id);
  const error400 = (examples: Record<string, { summary: string; request: string; value: unknown }>) => ({
    description: en.api.invalid,
    content: {
      "application/json": {
        schema: { $ref: "#/components/schemas/ApiError" },
        examples: Object.fromEntries(Object.entries(examples).map(([k, e]) => [k, { summary: e.summary, "x-request": e.request, value: e.value }])),
      },
    },
  });
  const tradeError = error400({
    invalid: { summary: "An unknown currency", request: EXAMPLES.tradeError, value: errorFor(EXAMPLES.tradeError, TRADE_QUERY_PARAMS, query) },
    noRate: { summary: "Your rate without its value", request: EXAMPLES.tradeRateError, value: errorFor(EXAMPLES.tradeRateError, TRADE_QUERY_PARAMS, query) },
  });
  const cacheHeaders = {
    ETag: { description: "Identifies the body; send it back in If-None-Match for a 304.", schema: { type: "string" } },
    "Cache-Control": { description: "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800: the data only changes with a deploy.", schema: { type: "string" } },
    "Access-Control-Allow-Origin": { description: "`*`: any origin may call the API.", schema: { type: "string" } },
  };
  const notModified = { description: en.api.notModified, headers: cacheHeaders };
  return {
    openapi: "3.1.0",
    info: {
      title: "China–Central Asia trade in numbers: JSON and CSV API",
      version: "1",
      description:
        "China's trade with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, 1992–2025, from China's customs and the partners' own statistics, with every figure's source and status, in US dollars (nominal or constant), rupiah (at the article's rate, each year's average or your own) or yuan, with exact conversions. Read-only, no key, CORS open.",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/trade": {
        get: {
          operationId: "getTrade",
          summary: text("getTrade").summary,
          parameters,
          responses: {
            "200": {
              description: text("getTrade").responses["200"],
              headers: cacheHeaders,
              content: { "application/json": { schema: { $ref: "#/components/schemas/TradeResponse" }, examples: tradeExamples } },
            },
            "304": notModified,
            "400": tradeError,
          },
        },
      },
      "/api/trade.csv": {
        get: {
          operationId: "getTradeCsv",
          summary: text("getTradeCsv").summary,
          parameters,
          responses: {
            "200": {
              description: text("getTradeCsv").responses["200"],
              headers: { ...cacheHeaders, "Content-Disposition": { description: "attachment; a file name that names the query.", schema: { type: "string" } } },
              content: { "text/csv": { schema: { type: "string" }, examples: { totals: { summary: "Totals of the five, 2023–2024", "x-request": EXAMPLES.csv } } } },
            },
            "304": notModified,
            "400": tradeError,
          },
        },
      },
      "/api/sources": {
        get: {
          operationId: "getSources",
          summary: text("getSources").summary,
          responses: { "200": { description: text("getSources").responses["200"], headers: cacheHeaders, content: { "application/json": { schema: { $ref: "#/components/schemas/SourcesResponse" } } } }, "304": notModified, "400": error400({ invalid: { summary: "A parameter it does not take", request: EXAMPLES.sourcesError, value: errorFor(EXAMPLES.sourcesError, [], z.object({})) } }) },
        },
      },
      ...compositionPaths(data, { cacheHeaders, notModified, error400, text }),
      ...checkPaths(data, { cacheHeaders, notModified, error400, text }),
      "/api/openapi.json": {
        get: { operationId: "getOpenApi", summary: text("getOpenApi").summary, responses: { "200": { description: text("getOpenApi").responses["200"], content: { "application/json": { schema: { type: "object" } } } } } },
      },
    },
    components: {
      schemas: {
        TradeResponse: jsonSchema(tradeResponse),
        SourcesResponse: jsonSchema(sourcesResponse),
        ...compositionSchemas(),
        ...checkSchemas(),
        ApiError: jsonSchema(apiError),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
