"use client";

import { useDeferredValue, useLayoutEffect, useMemo } from "react";
import useSWR from "swr";
import type { ChartMarker } from "@/lib/article/timeline";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { withReaderRate } from "@/lib/trade/reader-rate";
import { pointsFor } from "@/lib/trade/view-points";
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
import { constantBase } from "@/lib/view/state";
import { WorldFigure } from "./WorldFigure";

export type LiveProps = {
  locale: Locale;
  options: DashboardOptions;
  /** The article's dated events, drawn as numbered markers on the trend chart. */
  markers: readonly ChartMarker[];
  /** Told when the live figures are drawn, so the server-rendered ones can go. */
  onReady: (ready: boolean) => void;
};

/**
 * The interactive dashboard: loaded after the page has painted, it fetches the dataset once and
 * computes every view from it. Until then (and if that fails) the server-rendered figures stay.
 */
export default function LiveDashboard({ locale, options, markers, onReady }: LiveProps) {
  const t = messagesFor(locale);
  const { state, invalid, setView } = useViewState(options);
  const swr = useSWR(DATASET_URL, fetchDataset, { revalidateOnFocus: false, revalidateIfStale: false });
  const { error, isValidating, mutate } = swr;
  // The first render with data is a low-priority one that React splits into short slices.
  const data = useDeferredValue(swr.data);
  const base = constantBase(state);
  const reader = state.rate === "custom" ? state.idrPerUsd : null;
  const points = useMemo(
    () => (data ? pointsFor(withReaderRate(data, reader), state.currency, state.rate, base === null ? null : { base }) : null),
    [data, state.currency, state.rate, reader, base],
  );
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
    ctxBase: { locale, t, currency: state.currency, base },
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
