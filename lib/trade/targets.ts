import type { Observation, Target } from "@/lib/data/types";
import { compoundRate } from "@/lib/money/compound";
import { compare, type Ratio } from "@/lib/money/ratio";
import { displaySeries } from "./series";

/** A target set against the record of China's customs (the figures the targets were set on). */
export type TargetStatus = {
  target: Target;
  /** China-reported totals of the pair, full years, in US dollars. */
  series: { year: number; usd: Ratio; sourceId: string }[];
  /** The first year, from the announcement on, whose total met the target; null: not yet. */
  reachedIn: number | null;
  /** Met, but after the year it was meant for. */
  late: boolean;
  /** Not met and its year has passed (with no figure for a later year meeting it). */
  missed: boolean;
  latest: { year: number; usd: Ratio } | null;
  /** The compound annual growth needed from the latest full year to reach it in its year. */
  neededGrowth: Ratio | null;
  /** The compound annual growth of the five years to the latest full year, for comparison. */
  recentGrowth: { from: number; to: number; rate: Ratio } | null;
};

const RECENT_YEARS = 5;

/** The pair's totals as China's customs report them: the series every target is measured on. */
export function chinaTotals(observations: readonly Observation[], partner: Target["partner"]): TargetStatus["series"] {
  return displaySeries(observations)
    .filter((o) => o.reporter === "CHN" && o.partner === partner && o.flow === "total" && o.periodType === "year" && o.currency === "USD")
    .map((o) => ({ year: o.year, usd: o.amount, sourceId: o.sourceId }));
}

/** How many targets China's figures have met: the teaser and the section say the same. */
export const targetsMet = (statuses: readonly TargetStatus[]): number => statuses.filter((s) => s.reachedIn !== null).length;

export function targetStatus(target: Target, observations: readonly Observation[]): TargetStatus {
  const series = chinaTotals(observations, target.partner);
  const from = target.announcedDate ? Number(target.announcedDate.slice(0, 4)) : -Infinity;
  const reached = series.find((p) => p.year >= from && compare(p.usd, target.amount) >= 0);
  const latest = series.at(-1) ?? null;
  const byYear = new Map(series.map((p) => [p.year, p.usd]));
  const earlier = latest ? byYear.get(latest.year - RECENT_YEARS) : undefined;
  const recentRate = latest && earlier ? compoundRate(earlier, latest.usd, RECENT_YEARS) : null;
  const open = !reached && target.targetYear !== null && latest !== null && target.targetYear > latest.year;
  return {
    target,
    series,
    reachedIn: reached?.year ?? null,
    late: Boolean(reached && target.targetYear !== null && reached.year > target.targetYear),
    missed: !reached && target.targetYear !== null && latest !== null && target.targetYear <= latest.year,
    latest: latest && { year: latest.year, usd: latest.usd },
    neededGrowth: open && latest && target.targetYear !== null ? compoundRate(latest.usd, target.amount, target.targetYear - latest.year) : null,
    recentGrowth: latest && recentRate ? { from: latest.year - RECENT_YEARS, to: latest.year, rate: recentRate } : null,
  };
}
