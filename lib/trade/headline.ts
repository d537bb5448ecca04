import type { Dataset, Observation, Rate } from "@/lib/data/types";
import { div, mul, sub, type Ratio } from "@/lib/money/ratio";
import { articleRate } from "./rates";
import { displaySeries, findFigure } from "./series";

import { ARTICLE_YEAR } from "./article-year";

export { ARTICLE_YEAR };

export type Headline = {
  year: number;
  prevYear: number;
  total: Observation;
  previous: Observation;
  /** total − previous, in USD. */
  change: Ratio;
  /** change ÷ previous: 0.0606… for +6.06 %. */
  growth: Ratio;
  /** total at the article's rate, in IDR. */
  totalIdr: Ratio;
  rate: Rate;
};

export function headline(data: Dataset, year: number = ARTICLE_YEAR): Headline {
  const series = displaySeries(data.observations);
  const total = findFigure(series, String(year), "CA5", "total");
  const previous = findFigure(series, String(year - 1), "CA5", "total");
  if (!total || total.currency !== "USD" || !previous || previous.currency !== "USD") {
    throw new Error(`data/observations.json has no US-dollar CA5 totals for ${year - 1} and ${year}`);
  }
  const rate = articleRate(data.rates);
  const change = sub(total.amount, previous.amount);
  return {
    year,
    prevYear: year - 1,
    total,
    previous,
    change,
    growth: div(change, previous.amount),
    totalIdr: mul(total.amount, rate.value),
    rate,
  };
}
