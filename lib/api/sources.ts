import { getDataset } from "@/lib/data/load";
import type { SourcesResponse } from "@/lib/schema/api";
import { parseQuery } from "./query";
import { cachedBody, jsonError, jsonOk, type CachedBody } from "./respond";
import { z } from "zod";

let cached: CachedBody | undefined;

export function handleSources(request: Request): Response {
  const parsed = parseQuery(new URL(request.url).searchParams, [], z.object({}));
  if (!parsed.ok) return jsonError(400, "invalid query", parsed.issues);
  if (!cached) {
    const payload: SourcesResponse = {
      sources: [...getDataset().sources.values()].map((s) => ({
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        date: s.published,
        url: s.url,
        supports: s.supports,
      })),
    };
    cached = cachedBody(payload);
  }
  return jsonOk(request, cached);
}
