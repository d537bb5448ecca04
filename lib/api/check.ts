import { checkAnswer } from "@/lib/check/answer";
import { getDataset } from "@/lib/data/load";
import { CHECK_QUERY_PARAMS, checkQuerySchema } from "@/lib/schema/api-check";
import { parseQuery } from "./query";
import { cachedBody, jsonError, jsonOk } from "./respond";

/**
 * GET /api/check?text=…&lang=id|en: the checker's answer as JSON, the same the page renders. The
 * answer depends only on the query and the data, so it carries an ETag and caches like the rest.
 */
export function handleCheck(request: Request): Response {
  const parsed = parseQuery(new URL(request.url).searchParams, CHECK_QUERY_PARAMS, checkQuerySchema);
  if (!parsed.ok) return jsonError(400, "invalid query", parsed.issues);
  const data = getDataset();
  return jsonOk(request, cachedBody(checkAnswer(parsed.value.text, parsed.value.lang, data)));
}
