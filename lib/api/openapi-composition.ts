import type { Dataset } from "@/lib/data/types";
import { en } from "@/lib/i18n/en";
import { COMPOSITION_QUERY_PARAMS, compositionQuerySchema, compositionResponse, TARGET_QUERY_PARAMS, targetsQuerySchema, targetsResponse } from "@/lib/schema/api-composition";
import { productJsonOf, productYears, targetJsonOf } from "./composition";
import { errorFor, jsonSchema, queryParameters, type JsonSchema } from "./openapi-parts";
import type { operationText, OperationId } from "./openapi-text";

/** Example requests of the two routes, each answered by the handler when the document is built. */
export const COMPOSITION_EXAMPLES = {
  targets: "?partner=KGZ",
  targetsError: "?partner=XYZ",
  composition: "?partner=KAZ&year=2021&flow=export",
  compositionError: "?flow=out",
} as const;

type Shared = {
  cacheHeaders: Record<string, unknown>;
  notModified: Record<string, unknown>;
  error400: (examples: Record<string, { summary: string; request: string; value: unknown }>) => Record<string, unknown>;
  /** The English summary and answers of an operation. */
  text: (id: OperationId) => ReturnType<typeof operationText>;
};

/** /api/targets and /api/composition (and their CSV twins), from the schemas their handlers use. */
export function compositionPaths(data: Dataset, shared: Shared): Record<string, unknown> {
  const query = compositionQuerySchema(productYears(data));
  const targetParams = queryParameters(TARGET_QUERY_PARAMS, targetsQuerySchema, en.api.endpointParams.targets);
  const compositionParams = queryParameters(COMPOSITION_QUERY_PARAMS, query, en.api.endpointParams.composition);
  // The answers the handlers give to the example requests, built by the same functions.
  const targetsExample = { targets: data.targets.filter((t) => t.partner === "KGZ").map((t) => targetJsonOf(t, data)) };
  const compositionExample = { products: data.products.map(productJsonOf).filter((p) => p.partner === "KAZ" && p.year === 2021 && p.flow === "export") };
  const targetsError = shared.error400({ invalid: { summary: "An unknown partner", request: COMPOSITION_EXAMPLES.targetsError, value: errorFor(COMPOSITION_EXAMPLES.targetsError, TARGET_QUERY_PARAMS, targetsQuerySchema) } });
  const compositionError = shared.error400({ invalid: { summary: "A flow that is not export or import", request: COMPOSITION_EXAMPLES.compositionError, value: errorFor(COMPOSITION_EXAMPLES.compositionError, COMPOSITION_QUERY_PARAMS, query) } });
  const { text } = shared;
  const csv = (id: "getTargetsCsv" | "getCompositionCsv", summary: string, request: string) => ({
    description: text(id).responses["200"],
    headers: { ...shared.cacheHeaders, "Content-Disposition": { description: "attachment; a file name that names the query.", schema: { type: "string" } } },
    content: { "text/csv": { schema: { type: "string" }, examples: { one: { summary, "x-request": request } } } },
  });
  return {
    "/api/targets": {
      get: {
        operationId: "getTargets",
        summary: text("getTargets").summary,
        parameters: targetParams,
        responses: {
          "200": {
            description: text("getTargets").responses["200"],
            headers: shared.cacheHeaders,
            content: { "application/json": { schema: { $ref: "#/components/schemas/TargetsResponse" }, examples: { kyrgyzstan: { summary: "Kyrgyzstan's US$45 bn by 2030", "x-request": COMPOSITION_EXAMPLES.targets, value: targetsExample } } } },
          },
          "304": shared.notModified,
          "400": targetsError,
        },
      },
    },
    "/api/targets.csv": { get: { operationId: "getTargetsCsv", summary: text("getTargetsCsv").summary, parameters: targetParams, responses: { "200": csv("getTargetsCsv", "Kyrgyzstan's target", COMPOSITION_EXAMPLES.targets), "304": shared.notModified, "400": targetsError } } },
    "/api/composition": {
      get: {
        operationId: "getComposition",
        summary: text("getComposition").summary,
        parameters: compositionParams,
        responses: {
          "200": {
            description: text("getComposition").responses["200"],
            headers: shared.cacheHeaders,
            content: { "application/json": { schema: { $ref: "#/components/schemas/CompositionResponse" }, examples: { kazakhstan2021: { summary: "Kazakhstan's exports to China, 2021 (CEPII BACI)", "x-request": COMPOSITION_EXAMPLES.composition, value: compositionExample } } } },
          },
          "304": shared.notModified,
          "400": compositionError,
        },
      },
    },
    "/api/composition.csv": { get: { operationId: "getCompositionCsv", summary: text("getCompositionCsv").summary, parameters: compositionParams, responses: { "200": csv("getCompositionCsv", "Kazakhstan's exports, 2021", COMPOSITION_EXAMPLES.composition), "304": shared.notModified, "400": compositionError } } },
  };
}

export function compositionSchemas(): Record<string, JsonSchema> {
  return { TargetsResponse: jsonSchema(targetsResponse), CompositionResponse: jsonSchema(compositionResponse) };
}
