import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { en } from "@/lib/i18n/en";
import { apiError, sourcesResponse, tradeResponse } from "@/lib/schema/api";
import { compactDataset } from "@/lib/schema/compact";
import { siteUrl } from "@/lib/site-url";
import { LICENCE } from "./licence";
import { checkPaths, checkSchemas } from "./openapi-check";
import { compositionPaths, compositionSchemas } from "./openapi-composition";
import { jsonSchema, responses } from "./openapi-parts";
import { operationHead, operationText } from "./openapi-text";
import { ytdPaths, ytdSchemas } from "./openapi-ytd";
import { recordPaths, RECORD_TAG } from "./openapi-record";
import { EXAMPLES, tradePaths } from "./openapi-trade";

export { EXAMPLES };

/**
 * The OpenAPI 3.1 document of the JSON API, generated from the zod schemas the routes validate
 * with (zod 4 writes JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Nothing here restates a
 * type by hand: parameters come from the query schemas, responses from the response schemas, and
 * each example is the answer the handler gives to the example request named in `x-request`.
 */

const TAGS = [
  { name: "Trade", description: "China's trade with the five Central Asian countries, the five together and the world, by year and part-year, as JSON or CSV." },
  { name: "Targets", description: "The trade targets leaders announced, and how the record meets them." },
  { name: "Composition", description: "What is traded: product groups, from the Central Asian side." },
  { name: "Sources", description: "Every source a figure, rate or price index cites." },
  { name: "Dataset", description: "The whole dataset in one answer, as the dashboard loads it." },
  { name: RECORD_TAG, description: "Every observation in one CSV file, and the Frictionless Data Package that describes it." },
  { name: "Check", description: "Check the trade figures in any sentence against the data." },
  { name: "Document", description: "This OpenAPI document." },
];


/** What the record covers, in the data's own terms: full years, and the latest part-year period. */
function coverage(data: Dataset): string {
  const full = data.observations.filter((o) => o.periodType === "year").map((o) => o.year);
  const ytd = data.observations.filter((o) => o.periodType === "ytd").map((o) => o.period);
  const latest = ytd.toSorted().at(-1);
  return `full years ${Math.min(...full)}–${Math.max(...full)}${latest ? `, and part-year figures up to ${latest}` : ""}`;
}

/** `site`: the deployed origin (SITE_URL); without it the document names no address it cannot know. */
export function openApiDocument(data: Dataset, site: URL | null = siteUrl()) {
  const text = (id: Parameters<typeof operationText>[1]) => operationText(en, id);
  return {
    openapi: "3.1.0",
    info: {
      title: "China–Central Asia trade in numbers: JSON and CSV API",
      version: "1",
      description: [
        `China's trade with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan (${coverage(data)}), from China's customs and the partners' own statistics, with every figure's source and status, in US dollars (nominal or constant), rupiah (at the article's rate, each year's average or your own) or yuan, with exact conversions. Read-only, no key, CORS open.`,
        `Licence: ${LICENCE.statement} GET /api/sources lists every source with its publisher and URL.`,
      ].join("\n\n"),
      license: { name: LICENCE.name, url: LICENCE.url },
      contact: { name: "China–Central Asia trade in numbers: the API page", ...(site ? { url: new URL("/en/api", site).href } : {}) },
    },
    servers: [{ url: "/", description: "The site that serves this document" }],
    // Open data: no key, no login. Said explicitly, so that tools do not take a missing rule for an oversight.
    security: [],
    tags: TAGS,
    paths: {
      ...tradePaths(data),
      "/api/sources": {
        get: {
          ...operationHead(en, "getSources", "Sources"),
          responses: {
            "200": responses.json(text("getSources").responses["200"], "SourcesResponse"),
            "304": responses.notModified,
            "400": responses.invalid(en.api.invalid, { invalid: { summary: "A parameter it does not take", request: EXAMPLES.sourcesError } }, [], z.object({})),
          },
        },
      },
      ...compositionPaths(data),
      ...ytdPaths(data),
      "/api/dataset": {
        get: { ...operationHead(en, "getDataset", "Dataset"), responses: { "200": responses.json(text("getDataset").responses["200"], "CompactDataset"), "304": responses.notModified } },
      },
      ...recordPaths(data),
      ...checkPaths(data),
      "/api/openapi.json": {
        get: { ...operationHead(en, "getOpenApi", "Document"), responses: { "200": responses.json(text("getOpenApi").responses["200"], { type: "object" }), "304": responses.notModified } },
      },
    },
    components: {
      schemas: {
        TradeResponse: jsonSchema(tradeResponse),
        SourcesResponse: jsonSchema(sourcesResponse),
        ...compositionSchemas(),
        ...ytdSchemas(),
        CompactDataset: jsonSchema(compactDataset),
        ...checkSchemas(),
        ApiError: jsonSchema(apiError),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
