import { checkAnswer } from "@/lib/check/answer";
import type { Dataset } from "@/lib/data/types";
import { en } from "@/lib/i18n/en";
import { CHECK_QUERY_PARAMS, CHECK_TEXT_MAX, checkQuerySchema, checkResponse } from "@/lib/schema/api-check";
import { jsonSchema, queryParameters, responses, type JsonSchema } from "./openapi-parts";
import { operationHead, operationText } from "./openapi-text";

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

/** Example requests, each answered by the handler when the document is built. */
export const CHECK_EXAMPLES = {
  matches: q({ text: "Kazakhstan ranked first among China's trade partners in Central Asia in 2024, with trade turnover reaching $43.82 billion", lang: "en" }),
  differs: q({ text: "Trade between China and the countries of Central Asia reached $66.2 billion in 2024", lang: "en" }),
  article: q({ text: "Pada 2024, volume perdagangan dua arah mencapai hampir 95 miliar dolar AS, naik 5,4 miliar dolar AS dari tahun sebelumnya.", lang: "id" }),
  empty: q({ text: "", lang: "en" }),
  tooLong: q({ text: "9".repeat(CHECK_TEXT_MAX + 1) }),
  lang: q({ text: "US$94.82 billion in 2024", lang: "fr" }),
} as const;

/** /api/check, from the schemas its handler validates and answers with. */
export function checkPaths(data: Dataset): Record<string, unknown> {
  const text = operationText(en, "getCheck");
  const answer = (request: string) => {
    const p = checkQuerySchema.parse(Object.fromEntries(new URLSearchParams(request)));
    return checkAnswer(p.text, p.lang, data);
  };
  const ex = (summary: string, request: string) => ({ summary, "x-request": request, value: answer(request) });
  const parameters = queryParameters(CHECK_QUERY_PARAMS, checkQuerySchema, en.api.endpointParams.check, { text: "Trade between China and the countries of Central Asia reached $66.2 billion in 2024", lang: "en" });
  return {
    "/api/check": {
      get: {
        ...operationHead(en, "getCheck", "Check"),
        parameters: parameters.map((p) => (p.name === "text" ? { ...p, required: true } : p)),
        responses: {
          "200": {
            description: text.responses["200"],
            headers: responses.notModified.headers,
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CheckResponse" },
                examples: {
                  matches: ex("Kazakhstan's 2024 trade: matches China's customs", CHECK_EXAMPLES.matches),
                  differs: ex("The Eurasian Development Bank's 2024 total: differs from China's customs, matches the regional figure", CHECK_EXAMPLES.differs),
                  article: ex("The article's sentence, answered in Indonesian", CHECK_EXAMPLES.article),
                },
              },
            },
          },
          "304": responses.notModified,
          "400": responses.invalid(
            en.api.invalid,
            {
              empty: { summary: "An empty text", request: CHECK_EXAMPLES.empty },
              tooLong: { summary: `A text longer than ${CHECK_TEXT_MAX} characters`, request: CHECK_EXAMPLES.tooLong },
              lang: { summary: "A language other than id or en", request: CHECK_EXAMPLES.lang },
            },
            CHECK_QUERY_PARAMS,
            checkQuerySchema,
          ),
        },
      },
    },
  };
}

export function checkSchemas(): Record<string, JsonSchema> {
  return { CheckResponse: jsonSchema(checkResponse) };
}
