import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { TRADE_QUERY_TIES } from "@/lib/schema/api";
import { TRADE_CSV_COLUMNS } from "./trade-csv";

/** The operations of the OpenAPI document, named by their operationId. */
export type OperationId = keyof Messages["api"]["operations"];

export const isOperationId = (t: Messages, id: string): id is OperationId => Object.hasOwn(t.api.operations, id);

/**
 * What an operation does and what each of its answers holds, in one language: the OpenAPI
 * document takes the English, the API page its own language, so the two never say different things.
 */
export function operationText(t: Messages, id: OperationId): { summary: string; responses: Record<"200" | "304" | "400", string> } {
  const op = t.api.operations[id];
  return { summary: op.summary, responses: { "200": fill(op.ok, { columns: TRADE_CSV_COLUMNS.join(", ") }), "304": t.api.notModified, "400": t.api.invalid } };
}

const QUERY_RULES =
  "Every parameter is optional and given at most once; a list is one comma-separated value (`partner=KAZ,UZB`). A parameter the operation does not list, a repeated one, or a value its schema does not allow is a 400 whose issues name the parameter.";

/** The rules no single parameter's schema can state, in the words of the 400 that enforces each. */
export const TRADE_TIES_TEXT = [
  "Rules that tie two parameters (a query that breaks one is a 400 naming the parameter before the colon):",
  "",
  ...Object.values(TRADE_QUERY_TIES).map((t) => `- \`${t.param}\`: ${t.message}`),
].join("\n");

// Their routes read no query at all: neither a 400 nor a different answer comes of one.
const STATIC = "It takes no parameters, and a query string does not change the answer.";

/**
 * What each operation's description adds to its summary, for the readers of the document (tools
 * show it beside the operation). English only: the API page gives the same rules in its own
 * language, in each parameter's text and its list of errors.
 */
const NOTES: Record<OperationId, string> = {
  getTrade: `China's customs figures (reporter CHN, the default) or a Central Asian country's own figures of its trade with China (reporter KAZ, KGZ, TJK or UZB; IDN is Indonesia's BPS, a yardstick), one per period, partner and flow, each with its source, its status and every rate and price index its value went through.\n\n${QUERY_RULES}\n\n${TRADE_TIES_TEXT}`,
  getTradeCsv: `The query of GET /api/trade (the same parameters, rules and 400s, answered in JSON), as one CSV row per observation.\n\n${QUERY_RULES}\n\n${TRADE_TIES_TEXT}`,
  getSources: "Every source a figure, rate or price index cites, under the id that observations give as `sourceId`: publisher, title, date, URL and the passage that supports the figure. It takes no parameters: any parameter is a 400.",
  getTargets: `The trade targets leaders announced, each set against China's customs figures of the pair's total trade.\n\n${QUERY_RULES}`,
  getTargetsCsv: `The query of GET /api/targets as CSV.\n\n${QUERY_RULES}`,
  getComposition: `The goods behind the totals, from the Central Asian side.\n\n${QUERY_RULES}`,
  getCompositionCsv: `The query of GET /api/composition as CSV.\n\n${QUERY_RULES}`,
  getDataset: `The dashboard's own data request, the same for every view. ${STATIC}`,
  getCheck:
    "Reads each trade figure in a sentence by fixed rules (numbers in Indonesian and English styles, currencies, unit words, countries, years and parts of years, flows, qualifiers, changes, growth rates, shares, multiples) and checks it against China's customs figures with the dashboard's claim-check rules; the same figure in the partner's own statistics, other sources and regional figures comes in `otherSeries`. Rupiah and yuan figures are compared at the article's rate and each year's average. `text` is required (1–2,000 characters); `lang` is id or en.",
  getObservationsCsv:
    "Every observation in data/: all reporters, partners, flows, periods (full years and part-years), statuses and sources, the primary figure of each cell and the other sources' figures for it (`primary` false). Each row has the figure as stated (stated_value, stated_unit, currency), in exact whole units (value) and, for comparing sources, in whole US dollars (value_usd, a yuan figure through its year's average rate). /api/datapackage.json describes every column. " + "It takes no parameters, and a query string does not change the answer.",
  getDataPackage:
    "A Frictionless Data Package (profile tabular-data-package) with one resource, observations.csv, named relative to this document: tools such as frictionless or pandas can read and check the CSV by it. Built from the same column definitions that write the CSV. It takes no parameters, and a query string does not change the answer.",
  getYtd: `Each part-year or one-month figure against the same months of the year before, in the currency its source states (never converted at a year's rate), with the change; and the part-year figures the data has no such pair for. A sum of the five made here is status derived. It takes no parameters: any parameter is a 400.`,
  getOpenApi: `Generated from the zod schemas the routes validate with, never written by hand; every example is the route's answer to the request in its \`x-request\`, replayed by a test. ${STATIC}`,
};

/** An operation's summary, description and tag, in English, for the OpenAPI document. */
export function operationHead(t: Messages, id: OperationId, tag: string) {
  return { operationId: id, summary: operationText(t, id).summary, description: NOTES[id], tags: [tag] };
}
