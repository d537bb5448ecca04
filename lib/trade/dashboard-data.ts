import type { Dataset } from "@/lib/data/types";
import type { TradePoint } from "@/lib/schema/api";
import { allYears, countryYears, flowPartners, shareYears } from "@/lib/view/rows";
import { ARTICLE_YEAR } from "./article-year";
import { viewPoints } from "./points";

/** How many of the latest years the by-country figure starts with. */
const DEFAULT_COUNTRY_YEARS = 5;

/** The view options the data allows: small, so they travel with the page; the data itself does not. */
export function dashboardOptions(points: readonly TradePoint[]) {
  const shares = shareYears(points);
  const countries = countryYears(points);
  const full = countries.filter((y) => shares.includes(y));
  return {
    allYears: allYears(points),
    countryYears: countries,
    defaultCountryYears: full.slice(-DEFAULT_COUNTRY_YEARS),
    shareYears: shares,
    defaultShareYear: shares.includes(ARTICLE_YEAR) ? ARTICLE_YEAR : (shares.at(-1) ?? ARTICLE_YEAR),
    flowPartners: flowPartners(points),
  };
}

/** The default view's figures in US dollars, which the server renders into the page's HTML. */
export function dashboardData(data: Dataset) {
  const points = viewPoints(data, "USD", "article");
  // Every source a figure can cite in any view, so the page's source list has each one's entry.
  const sourceIds = [...new Set([...points.map((p) => p.sourceId), ...data.rates.filter((r) => r.basis !== "monthly_average" && r.basis !== "implied").map((r) => r.sourceId)])];
  return { points, sourceIds, options: dashboardOptions(points) };
}
