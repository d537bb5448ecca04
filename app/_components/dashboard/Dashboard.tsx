"use client";

import { useDeferredValue, useMemo, useSyncExternalStore } from "react";
import useSWR from "swr";
import type { ChartMarker } from "@/lib/article/timeline";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { TradeResponse } from "@/lib/schema/api";
import { apiKey } from "@/lib/view/api-key";
import { Controls } from "./Controls";
import { CountriesFigure } from "./CountriesFigure";
import { FetchNotice } from "./FetchNotice";
import { FlowsFigure } from "./FlowsFigure";
import { SharesFigure } from "./SharesFigure";
import { TrendFigure } from "./TrendFigure";
import type { DashboardOptions, FigureProps, SourceInfo } from "./types";
import { useViewState } from "./useViewState";
import { fetchTrade } from "./fetchTrade";

type Props = {
  locale: Locale;
  /** Responses for every currency and rate basis, keyed by API URL: a toggle needs no request. */
  fallback: Readonly<Record<string, TradeResponse>>;
  sources: Readonly<Record<string, SourceInfo>>;
  options: DashboardOptions;
  /** The article's dated events, drawn as numbered markers on the trend chart. */
  markers: readonly ChartMarker[];
};

const noSubscription = () => () => {};

export function Dashboard({ locale, fallback, sources, options, markers }: Props) {
  const t = messagesFor(locale);
  // True once the page has hydrated and shows the URL's view (the server renders the default one).
  const live = useSyncExternalStore(noSubscription, () => true, () => false);
  const { state, invalid, setView } = useViewState(options);
  const key = apiKey(state.currency, state.rate);
  const { data, error, isValidating, mutate } = useSWR(key, fetchTrade, {
    fallbackData: fallback[key],
    revalidateOnFocus: false,
    keepPreviousData: false,
  });
  const response = data ?? fallback[key];
  const points = useMemo(() => response?.observations ?? [], [response]);
  const chartState = useDeferredValue(state);
  const chartPoints = useDeferredValue(points);
  const chart = useMemo(() => ({ state: chartState, points: chartPoints }), [chartState, chartPoints]);
  if (!response) return null;

  const figure: FigureProps = {
    locale,
    t,
    state,
    points,
    sources,
    options,
    basis: state.rate,
    setView,
    ctxBase: { locale, t, currency: state.currency },
    chart,
  };

  return (
    <div className="dashboard" data-live={live ? "" : undefined}>
      <Controls {...figure} />
      <FetchNotice t={t} invalid={invalid} failed={Boolean(error)} retrying={isValidating} onRetry={() => void mutate()} />
      {/* No Suspense boundaries here: in a prerendered page their content streams into hidden
          divs that only a script reveals, and the figures must be readable without JavaScript. */}
      <TrendFigure {...figure} markers={markers} />
      <CountriesFigure {...figure} />
      <FlowsFigure {...figure} />
      <SharesFigure {...figure} />
    </div>
  );
}
