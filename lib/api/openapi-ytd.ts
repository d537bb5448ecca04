import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { en } from "@/lib/i18n/en";
import { ytdResponse } from "@/lib/schema/api-ytd";
import { jsonSchema, responses, type JsonSchema } from "./openapi-parts";
import { operationHead, operationText } from "./openapi-text";
import { ytdJson } from "./ytd";

export const YTD_EXAMPLES = { ytd: "", ytdError: "?year=2025" } as const;

/** /api/ytd: the year so far, from the schema its handler answers with; the example is the handler's own answer. */
export function ytdPaths(data: Dataset): Record<string, unknown> {
  const ok = operationText(en, "getYtd").responses["200"];
  return {
    "/api/ytd": {
      get: {
        ...operationHead(en, "getYtd", "Trade"),
        responses: {
          "200": responses.json(ok, "YtdResponse", { all: { summary: "Every comparison and every figure without one", "x-request": YTD_EXAMPLES.ytd, value: ytdJson(data.observations) } }),
          "304": responses.notModified,
          "400": responses.invalid(en.api.invalid, { invalid: { summary: "A parameter it does not take", request: YTD_EXAMPLES.ytdError } }, [], z.object({})),
        },
      },
    },
  };
}

export function ytdSchemas(): Record<string, JsonSchema> {
  return { YtdResponse: jsonSchema(ytdResponse) };
}
