"use client";

import { useDeferredValue, useLayoutEffect, useMemo } from "react";
import useSWR from "swr";
import type { ChartMarker } from "@/lib/article/timeline";
import type { TradeData } from "@/lib/data/compact";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { viewPoints } from "@/lib/trade/points";
import { Controls } from "./Controls";
import { CountriesFigure } from "./CountriesFigure";
import { FetchNotice } from "./FetchNotice";
import { DATASET_URL, fetchDataset } from "./fetchDataset";
import { FlowsFigure } from "./FlowsFigure";
import { MirrorFigure } from "./MirrorFigure";
import { SharesFigure } from "./SharesFigure";
import { TrendFigure } from "./TrendFigure";
import type { DashboardOptions, FigureProps } from "./types";
import { useViewState } from "./useViewState";
import { WorldFigure } from "./WorldFigure";

export type LiveProps = {
  locale: Locale;
  options: DashboardOptions;
  /** The article's dated events, drawn as numbered markers on the trend chart. */
  markers: readonly ChartMarker[];
  /** Told when the live figures are drawn, so the server-rendered ones can go. */
  onReady: (ready: boolean) => void;
};

/** Each currency and basis is converted once per dataset; toggling back is a lookup. */
const converted = new WeakMap<TradeData, Map<string, TradePoint[]>>();

function pointsFor(data: TradeData, currency: DisplayCurrency, rate: RateBasis): TradePoint[] {
  const cache = converted.get(data) ?? new Map<string, TradePoint[]>();
  converted.set(data, cache);
  const key = currency === "USD" ? "USD" : `${currency}:${rate}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const points = viewPoints(data, currency, rate);
  cache.set(key, points);
  return points;
}

/**
 * The interactive dashboard: loaded after the page has painted, it fetches the dataset once and
 * computes every view from it. Until then (and if that fails) the server-rendered figures stay.
 */
export default function LiveDashboard({ locale, options, markers, onReady }: LiveProps) {
  const t = messagesFor(locale);
  const { state, invalid, setView } = useViewState(options);
  const { data, error, isValidating, mutate } = useSWR(DATASET_URL, fetchDataset, { revalidateOnFocus: false, revalidateIfStale: false });
  const points = useMemo(() => (data ? pointsFor(data, state.currency, state.rate) : null), [data, state.currency, state.rate]);
  const chartState = useDeferredValue(state);
  const chartPoints = useDeferredValue(points);
  const chart = useMemo(() => ({ state: chartState, points: chartPoints ?? [] }), [chartState, chartPoints]);
  const ready = Boolean(points && data);
  // Before paint, so the server's figures and these are never seen together.
  useLayoutEffect(() => onReady(ready), [ready, onReady]);
  const notice = <FetchNotice t={t} invalid={invalid} failed={Boolean(error)} retrying={isValidating} onRetry={() => void mutate()} />;
  if (!points || !data) return <div className="dashboard dashboard--notices">{notice}</div>;

  const figure: FigureProps = {
    locale,
    t,
    state,
    points,
    sources: data.sources,
    options,
    basis: state.rate,
    setView,
    ctxBase: { locale, t, currency: state.currency },
    chart,
  };

  return (
    <div className="dashboard" data-live="" data-ready="">
      <Controls {...figure} />
      {notice}
      <TrendFigure {...figure} markers={markers} />
      <CountriesFigure {...figure} />
      <FlowsFigure {...figure} />
      <SharesFigure {...figure} />
      <WorldFigure {...figure} />
      <MirrorFigure {...figure} />
    </div>
  );
}
