import type { Dataset } from "@/lib/data/types";
import { en } from "@/lib/i18n/en";
import { COMPOSITION_QUERY_PARAMS, compositionQuerySchema, compositionResponse, TARGET_QUERY_PARAMS, targetsQuerySchema, targetsResponse } from "@/lib/schema/api-composition";
import { compositionAnswer, productYears, targetsAnswer } from "./composition";
import { exampleQuery, jsonSchema, queryParameters, responses, type JsonSchema } from "./openapi-parts";
import { operationHead, operationText } from "./openapi-text";

/** Example requests of the two routes, each answered by the handler when the document is built. */
export const COMPOSITION_EXAMPLES = {
  targets: "?partner=KGZ",
  targetsError: "?partner=XYZ",
  composition: "?partner=KAZ&year=2021&flow=export",
  compositionError: "?flow=out",
} as const;

/** /api/targets and /api/composition (and their CSV twins), from the schemas their handlers use. */
export function compositionPaths(data: Dataset): Record<string, unknown> {
  const query = compositionQuerySchema(productYears(data));
  const targetParams = queryParameters(TARGET_QUERY_PARAMS, targetsQuerySchema, en.api.endpointParams.targets);
  const compositionParams = queryParameters(COMPOSITION_QUERY_PARAMS, query, en.api.endpointParams.composition);
  // The answers the handlers give to the example requests, built by the same functions.
  const targets = targetsAnswer(data, exampleQuery(COMPOSITION_EXAMPLES.targets, TARGET_QUERY_PARAMS, targetsQuerySchema).partner);
  const products = compositionAnswer(data, exampleQuery(COMPOSITION_EXAMPLES.composition, COMPOSITION_QUERY_PARAMS, query));
  const example = (summary: string, request: string, value: unknown) => ({ summary, "x-request": request, value });
  const ok = (id: Parameters<typeof operationText>[1]) => operationText(en, id).responses["200"];
  const targetsError = responses.invalid(en.api.invalid, { invalid: { summary: "An unknown partner", request: COMPOSITION_EXAMPLES.targetsError }, repeated: { summary: "A parameter given twice", request: "?partner=KAZ&partner=UZB" } }, TARGET_QUERY_PARAMS, targetsQuerySchema);
  const compositionError = responses.invalid(
    en.api.invalid,
    {
      invalid: { summary: "A flow that is not export or import", request: COMPOSITION_EXAMPLES.compositionError },
      year: { summary: "A year without product data", request: "?year=2010" },
      list: { summary: "One partner only, not a list", request: "?partner=KAZ,UZB" },
    },
    COMPOSITION_QUERY_PARAMS,
    query,
  );
  return {
    "/api/targets": {
      get: {
        ...operationHead(en, "getTargets", "Targets"),
        parameters: targetParams,
        responses: {
          "200": responses.json(ok("getTargets"), "TargetsResponse", { kyrgyzstan: example("Kyrgyzstan's US$45 bn by 2030", COMPOSITION_EXAMPLES.targets, targets.json) }),
          "304": responses.notModified,
          "400": targetsError,
        },
      },
    },
    "/api/targets.csv": {
      get: {
        ...operationHead(en, "getTargetsCsv", "Targets"),
        parameters: targetParams,
        responses: { "200": responses.csv(ok("getTargetsCsv"), { kyrgyzstan: example("Kyrgyzstan's target", COMPOSITION_EXAMPLES.targets, targets.csv()) }), "304": responses.notModified, "400": targetsError },
      },
    },
    "/api/composition": {
      get: {
        ...operationHead(en, "getComposition", "Composition"),
        parameters: compositionParams,
        responses: {
          "200": responses.json(ok("getComposition"), "CompositionResponse", { kazakhstan2021: example("Kazakhstan's exports to China, 2021 (CEPII BACI)", COMPOSITION_EXAMPLES.composition, products.json) }),
          "304": responses.notModified,
          "400": compositionError,
        },
      },
    },
    "/api/composition.csv": {
      get: {
        ...operationHead(en, "getCompositionCsv", "Composition"),
        parameters: compositionParams,
        responses: { "200": responses.csv(ok("getCompositionCsv"), { kazakhstan2021: example("Kazakhstan's exports, 2021", COMPOSITION_EXAMPLES.composition, products.csv()) }), "304": responses.notModified, "400": compositionError },
      },
    },
  };
}

export function compositionSchemas(): Record<string, JsonSchema> {
  return { TargetsResponse: jsonSchema(targetsResponse), CompositionResponse: jsonSchema(compositionResponse) };
}
