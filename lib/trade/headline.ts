import type { Dataset, Observation, Rate } from "@/lib/data/types";
import { div, mul, sub, type Ratio } from "@/lib/money/ratio";
import type { RateBasis } from "@/lib/schema/primitives";
import { convert, type ConversionStep } from "./convert";
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

/** The headline's two years in another currency: each year's figure, converted, with the rates used. */
export type HeadlineIn = {
  total: Ratio;
  previous: Ratio;
  change: Ratio;
  growth: Ratio;
  totalFigure: Observation;
  previousFigure: Observation;
  rate: Rate | null;
  prevRate: Rate | null;
};

const lastRate = (steps: readonly ConversionStep[]) => {
  const last = steps.at(-1);
  return last?.kind === "rate" ? last.rate : null;
};

/**
 * The headline in rupiah or yuan at a rate basis; null when a year has no rate on it. In yuan the
 * figure China stated in yuan is the one shown (as stated), as in every figure.
 */
export function headlineIn(h: Headline, currency: "IDR" | "CNY", basis: RateBasis, data: Pick<Dataset, "observations" | "rates">): HeadlineIn | null {
  const series = currency === "CNY" ? displaySeries(data.observations, "CNY") : null;
  const totalFigure = (series && findFigure(series, String(h.year), "CA5", "total")) || h.total;
  const previousFigure = (series && findFigure(series, String(h.prevYear), "CA5", "total")) || h.previous;
  const now = convert(totalFigure, currency, basis, data.rates);
  const before = convert(previousFigure, currency, basis, data.rates);
  if (!now.ok || !before.ok) return null;
  const change = sub(now.value, before.value);
  return { total: now.value, previous: before.value, change, growth: div(change, before.value), totalFigure, previousFigure, rate: lastRate(now.steps), prevRate: lastRate(before.steps) };
}
