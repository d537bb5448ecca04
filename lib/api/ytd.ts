import { z } from "zod";
import { getDataset } from "@/lib/data/load";
import type { Observation } from "@/lib/data/types";
import { mul, ratio, toDecimalString, toInteger } from "@/lib/money/ratio";
import type { YtdFigureJson, YtdResponse } from "@/lib/schema/api-ytd";
import { yearSoFar, type YtdFigure } from "@/lib/trade/year-so-far";
import { parseQuery } from "./query";
import { cachedBody, jsonError, jsonOk, type CachedBody } from "./respond";

const DESCRIPTION =
  "Each part-year or one-month figure against the same months of the year before (same reporter, partner, flow and currency, as the sources state them: a part of a year is never converted at a year's rate). Never a full year and never a year's growth. A sum of the five countries made here is status derived; IDN is Indonesia, a yardstick, never part of CA5.";

function figureJson(f: YtdFigure): YtdFigureJson {
  const whole = toInteger(f.value);
  const o: Observation | undefined = f.observation;
  return {
    period: f.period,
    value: Number(whole),
    valueText: whole.toString(),
    currency: f.currency,
    status: f.status,
    sourceIds: f.sourceIds,
    stated: o ? { value: o.statedValue, unit: o.unit, currency: o.currency } : null,
    derivation: f.derivation ?? null,
  };
}

/** The year-so-far comparisons as the API answers them: exact whole units, the change exact and in percent. */
export function ytdJson(observations: readonly Observation[]): YtdResponse {
  const { comparisons, alone } = yearSoFar(observations);
  const cell = (c: (typeof comparisons)[number] | (typeof alone)[number]) => ({ reporter: c.reporter, partner: c.partner, flow: c.flow, periodType: c.periodType, months: c.span });
  return {
    description: DESCRIPTION,
    comparisons: comparisons.map((c) => ({
      ...cell(c),
      current: figureJson(c.current),
      previous: figureJson(c.previous),
      change: toDecimalString(c.change, 6),
      changePercent: toDecimalString(mul(c.change, ratio(100n)), 1),
    })),
    alone: alone.map((a) => ({ ...cell(a), figure: figureJson(a.figure), comparedWith: null })),
  };
}

let cached: CachedBody | undefined;

export function handleYtd(request: Request): Response {
  const parsed = parseQuery(new URL(request.url).searchParams, [], z.object({}));
  if (!parsed.ok) return jsonError(400, "invalid query", parsed.issues);
  cached ??= cachedBody(ytdJson(getDataset().observations));
  return jsonOk(request, cached);
}
