import type { Dataset, TradeData } from "@/lib/data/types";
import type { TradePoint } from "@/lib/schema/api";
import { ARTICLE_YEAR } from "@/lib/trade/article-year";
import { baseYears, defaultBaseYear } from "@/lib/trade/points";
import { articleRate, derivedAnnualRate } from "@/lib/trade/rates";
import { pointsFor } from "@/lib/trade/view-points";
import { viewSourceIds } from "./figures";
import { allYears, countryYears, flowPartners, shareYears } from "./rows";
import { defaultView } from "./state";
import { resolveView } from "./resolve";

/** How many of the latest years the by-country figure starts with. */
const DEFAULT_COUNTRY_YEARS = 5;

/** The view options the data allows: small, so they travel with the page; the data itself does not. */
export function dashboardOptions(points: readonly TradePoint[], data: TradeData) {
  const shares = shareYears(points);
  const countries = countryYears(points);
  const full = countries.filter((y) => shares.includes(y));
  const years = allYears(points);
  return {
    allYears: years,
    baseYears: baseYears(data),
    defaultBase: defaultBaseYear(data),
    countryYears: countries,
    defaultCountryYears: full.slice(-DEFAULT_COUNTRY_YEARS),
    shareYears: shares,
    defaultShareYear: shares.includes(ARTICLE_YEAR) ? ARTICLE_YEAR : (shares.at(-1) ?? ARTICLE_YEAR),
    flowPartners: flowPartners(points),
  };
}

/** The sources of the monthly averages a derived annual rate is the mean of: the annual view converts with them. */
function derivedRateSources(rates: TradeData["rates"]): string[] {
  const years = [...new Set(rates.filter((r) => r.basis === "monthly_average").map((r) => Number(r.period.slice(0, 4))))];
  return years.flatMap((y) => (["IDR", "CNY"] as const).flatMap((q) => (derivedAnnualRate(rates, q, y)?.derivedFrom ?? []).map((r) => r.sourceId)));
}

/** The default view's figures in US dollars, which the server renders into the page's HTML. */
export function dashboardData(data: Dataset) {
  const points = pointsFor(data, "USD", "article");
  const options = dashboardOptions(points, data);
  // The page lists the sources of its default view and of the rates; other views link to the sources page.
  const rateSources = [...data.rates.filter((r) => r.basis !== "monthly_average" && r.basis !== "implied").map((r) => r.sourceId), ...derivedRateSources(data.rates)];
  const sourceIds = [...new Set([...viewSourceIds(points, resolveView(defaultView(options), options)), ...rateSources])];
  return { points, sourceIds, options: { ...options, articleRate: articleRate(data.rates).statedValue } };
}
