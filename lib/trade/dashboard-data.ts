import type { Dataset } from "@/lib/data/types";
import type { TradeResponse } from "@/lib/schema/api";
import { API_COMBOS, apiKey } from "@/lib/view/api-key";
import { countryYears, flowPartners, shareYears } from "@/lib/view/rows";
import { ARTICLE_YEAR } from "./article-year";
import { tradeResponse } from "./points";

export type SourceSummary = { id: string; publisher: string; title: string; published: string | null; url: string };

/**
 * Everything the interactive dashboard needs, shaped once on the server: the API's answers for
 * each currency and rate basis (SWR's fallback, so toggles need no request), the view options and
 * the sources its figures cite.
 */
export function dashboardData(data: Dataset) {
  const fallback: Record<string, TradeResponse> = {};
  for (const combo of API_COMBOS) fallback[apiKey(combo.currency, combo.rate)] = tradeResponse(data, combo);
  const usd = fallback[apiKey("USD", "article")]?.observations ?? [];
  const shares = shareYears(usd);
  const cited = new Set(usd.map((p) => p.sourceId));
  for (const r of data.rates) if (r.basis !== "monthly_average" && r.basis !== "implied") cited.add(r.sourceId);
  const sources: Record<string, SourceSummary> = {};
  for (const id of cited) {
    const s = data.sources.get(id);
    if (s) sources[id] = { id, publisher: s.publisher, title: s.title, published: s.published, url: s.url };
  }
  return {
    fallback,
    sources,
    options: {
      countryYears: countryYears(usd),
      shareYears: shares,
      defaultShareYear: shares.includes(ARTICLE_YEAR) ? ARTICLE_YEAR : (shares.at(-1) ?? ARTICLE_YEAR),
      flowPartners: flowPartners(usd),
    },
  };
}
