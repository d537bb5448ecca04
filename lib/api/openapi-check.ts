import { checkAnswer } from "@/lib/check/answer";
import type { Dataset } from "@/lib/data/types";
import { en } from "@/lib/i18n/en";
import { CHECK_QUERY_PARAMS, CHECK_TEXT_MAX, checkQuerySchema, checkResponse } from "@/lib/schema/api-check";
import { errorFor, jsonSchema, queryParameters, type JsonSchema } from "./openapi-parts";
import type { OperationId, operationText } from "./openapi-text";

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

type Shared = {
  cacheHeaders: Record<string, unknown>;
  notModified: Record<string, unknown>;
  error400: (examples: Record<string, { summary: string; request: string; value: unknown }>) => Record<string, unknown>;
  text: (id: OperationId) => ReturnType<typeof operationText>;
};

/** /api/check, from the schemas its handler validates and answers with. */
export function checkPaths(data: Dataset, shared: Shared): Record<string, unknown> {
  const answer = (request: string) => {
    const p = checkQuerySchema.parse(Object.fromEntries(new URLSearchParams(request)));
    return checkAnswer(p.text, p.lang, data);
  };
  const error = (summary: string, request: string) => ({ summary, request, value: errorFor(request, CHECK_QUERY_PARAMS, checkQuerySchema) });
  const ex = (summary: string, request: string) => ({ summary, "x-request": request, value: answer(request) });
  const parameters = queryParameters(CHECK_QUERY_PARAMS, checkQuerySchema, en.api.endpointParams.check, { text: "Trade between China and the countries of Central Asia reached $66.2 billion in 2024", lang: "en" });
  return {
    "/api/check": {
      get: {
        operationId: "getCheck",
        summary: shared.text("getCheck").summary,
        description:
          "Reads each trade figure in a sentence by fixed rules (numbers in Indonesian and English styles, currencies, unit words, countries, years and parts of years, flows, qualifiers, changes, growth rates, shares, multiples) and checks it against China's customs figures with the dashboard's claim-check rules; the same figure in the partner's own statistics, other sources and regional figures comes in `otherSeries`. Rupiah and yuan figures are compared at the article's rate and each year's average.",
        tags: ["check"],
        parameters: parameters.map((p) => (p.name === "text" ? { ...p, required: true } : p)),
        responses: {
          "200": {
            description: shared.text("getCheck").responses["200"],
            headers: shared.cacheHeaders,
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
          "304": shared.notModified,
          "400": shared.error400({
            empty: error("An empty text", CHECK_EXAMPLES.empty),
            tooLong: error(`A text longer than ${CHECK_TEXT_MAX} characters`, CHECK_EXAMPLES.tooLong),
            lang: error("A language other than id or en", CHECK_EXAMPLES.lang),
          }),
        },
      },
    },
  };
}

export function checkSchemas(): Record<string, JsonSchema> {
  return { CheckResponse: jsonSchema(checkResponse) };
}
