import type { Dataset } from "@/lib/data/types";
import { en } from "@/lib/i18n/en";
import { TRADE_QUERY_PARAMS, tradeQuerySchema } from "@/lib/schema/api";
import { tradeResponse } from "@/lib/trade/points";
import { exampleQuery, queryParameters, responses, type ErrorExample } from "./openapi-parts";
import { operationHead, operationText, TRADE_TIES_TEXT } from "./openapi-text";
import { tradeQueryBounds } from "./trade";
import { tradeCsv } from "./trade-csv";

/** Examples of each parameter; what each means is the English API page's text, written once. */
const PARAM_EXAMPLE: Partial<Record<(typeof TRADE_QUERY_PARAMS)[number], unknown>> = { currency: "IDR", rate: "article", idrPerUsd: "17000", partner: ["CA5"], flow: ["total"], from: 2024, to: 2024 };

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

/** A 400 for each kind of mistake: a value, a year, a parameter, and each rule that ties two parameters. */
const TRADE_ERRORS: Record<string, ErrorExample> = {
  invalid: { summary: "An unknown currency", request: EXAMPLES.tradeError },
  yearDigits: { summary: "A year that is not four digits", request: "?from=2024.0" },
  yearRange: { summary: "A year outside the data", request: "?to=1950" },
  unknown: { summary: "A parameter the API does not take", request: "?country=KAZ" },
  repeated: { summary: "A parameter given twice", request: "?partner=KAZ&partner=UZB" },
  noRate: { summary: "rate=custom without its idrPerUsd", request: EXAMPLES.tradeRateError },
  rateWithoutCustom: { summary: "idrPerUsd without rate=custom", request: "?currency=IDR&idrPerUsd=17000" },
  constantRupiah: { summary: "Constant prices in rupiah", request: "?currency=IDR&prices=constant" },
  baseWithoutConstant: { summary: "A base year with nominal prices", request: "?base=2020" },
  fromAfterTo: { summary: "from after to", request: "?from=2024&to=2020" },
  partnerOfReporter: { summary: "Kazakhstan's own figures name only China as partner", request: "?reporter=KAZ&partner=KAZ" },
};

/** /api/trade and /api/trade.csv: one query schema, the handler's own answers as examples. */
export function tradePaths(data: Dataset) {
  const query = tradeQuerySchema(tradeQueryBounds(data));
  const parameters = queryParameters(TRADE_QUERY_PARAMS, query, en.api.params, PARAM_EXAMPLE);
  const answer = (request: string) => tradeResponse(data, exampleQuery(request, TRADE_QUERY_PARAMS, query));
  const example = (summary: string, request: string, value: unknown) => ({ summary, "x-request": request, value });
  const text = (id: "getTrade" | "getTradeCsv") => operationText(en, id);
  const invalid = responses.invalid(`${en.api.invalid}\n\n${TRADE_TIES_TEXT}`, TRADE_ERRORS, TRADE_QUERY_PARAMS, query);
  return {
    "/api/trade": {
      get: {
        ...operationHead(en, "getTrade", "Trade"),
        parameters,
        responses: {
          "200": responses.json(text("getTrade").responses["200"], "TradeResponse", {
            article2024: example("2024, the five countries, in rupiah at the article's rate", EXAMPLES.trade, answer(EXAMPLES.trade)),
            yuan: example("2023–2024 in yuan: 2024 as China stated it, 2023 at the Fed's average", EXAMPLES.tradeYuan, answer(EXAMPLES.tradeYuan)),
            yourRate: example("2024 in rupiah at your own rate of Rp17,000", EXAMPLES.tradeYourRate, answer(EXAMPLES.tradeYourRate)),
            constant: example("1992 in constant 2024 US dollars (CPI-U)", EXAMPLES.tradeConstant, answer(EXAMPLES.tradeConstant)),
          }),
          "304": responses.notModified,
          "400": invalid,
        },
      },
    },
    "/api/trade.csv": {
      get: {
        ...operationHead(en, "getTradeCsv", "Trade"),
        parameters,
        responses: {
          "200": responses.csv(text("getTradeCsv").responses["200"], { totals: example("Totals of the five, 2023–2024", EXAMPLES.csv, tradeCsv(answer(EXAMPLES.csv))) }),
          "304": responses.notModified,
          "400": invalid,
        },
      },
    },
  };
}
