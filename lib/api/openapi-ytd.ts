import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { ytdResponse } from "@/lib/schema/api-ytd";
import { errorFor, jsonSchema, type JsonSchema } from "./openapi-parts";
import type { operationText, OperationId } from "./openapi-text";
import { ytdJson } from "./ytd";

export const YTD_EXAMPLES = { ytd: "", ytdError: "?year=2025" } as const;

type Shared = {
  cacheHeaders: Record<string, unknown>;
  notModified: Record<string, unknown>;
  error400: (examples: Record<string, { summary: string; request: string; value: unknown }>) => Record<string, unknown>;
  text: (id: OperationId) => ReturnType<typeof operationText>;
};

/** /api/ytd: the year so far, from the schema its handler answers with; the example is the handler's own answer. */
export function ytdPaths(data: Dataset, shared: Shared): Record<string, unknown> {
  return {
    "/api/ytd": {
      get: {
        operationId: "getYtd",
        summary: shared.text("getYtd").summary,
        responses: {
          "200": {
            description: shared.text("getYtd").responses["200"],
            headers: shared.cacheHeaders,
            content: { "application/json": { schema: { $ref: "#/components/schemas/YtdResponse" }, examples: { all: { summary: "Every comparison and every figure without one", "x-request": YTD_EXAMPLES.ytd, value: ytdJson(data.observations) } } } },
          },
          "304": shared.notModified,
          "400": shared.error400({ invalid: { summary: "A parameter it does not take", request: YTD_EXAMPLES.ytdError, value: errorFor(YTD_EXAMPLES.ytdError, [], z.object({})) } }),
        },
      },
    },
  };
}

export function ytdSchemas(): Record<string, JsonSchema> {
  return { YtdResponse: jsonSchema(ytdResponse) };
}
