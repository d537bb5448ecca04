"use client";

import { useDeferredValue, useMemo, type ReactNode } from "react";
import useSWR from "swr";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { viewPoints } from "@/lib/trade/view-points";
import { resolveView } from "@/lib/view/resolve";
import { constantBase } from "@/lib/view/state";
import { FetchNotice } from "./FetchNotice";
import { DATASET_URL, fetchDataset } from "./fetchDataset";
import type { DashboardOptions, FigureProps } from "./types";
import { useViewState } from "./useViewState";

/**
 * The live view, for the dashboard and for an embedded figure: the URL's view, the dataset fetched
 * once, the points in the view's money, and what every figure needs. `figure` is null until the
 * data is there; `notice` says why where it is not.
 */
export function useLiveView(locale: Locale, options: DashboardOptions): { figure: FigureProps | null; notice: ReactNode } {
  const t = messagesFor(locale);
  const { state, invalid, setView } = useViewState(options);
  const swr = useSWR(DATASET_URL, fetchDataset, { revalidateOnFocus: false, revalidateIfStale: false });
  const { error, isValidating, mutate } = swr;
  // The first render with data is a low-priority one that React splits into short slices.
  const data = useDeferredValue(swr.data);
  const base = constantBase(state);
  const { currency, rate, idrPerUsd, prices } = state;
  // Each conversion is cached per dataset (lib/trade/view-points.ts): toggling back is a lookup.
  const points = useMemo(() => (data ? viewPoints(data, { currency, rate, idrPerUsd, prices, base: state.base }) : null), [data, currency, rate, idrPerUsd, prices, state.base]);
  // What each figure shows is decided once per view, for the numbers and (deferred) for the charts.
  const resolved = useMemo(() => resolveView(state, options), [state, options]);
  const chartState = useDeferredValue(state);
  const chartPoints = useDeferredValue(points);
  const chart = useMemo(() => ({ state: chartState, points: chartPoints ?? [], resolved: resolveView(chartState, options) }), [chartState, chartPoints, options]);
  const notice = <FetchNotice t={t} invalid={invalid} failed={Boolean(error)} retrying={isValidating} onRetry={() => void mutate()} />;
  if (!points || !data) return { figure: null, notice };
  return {
    notice,
    figure: { locale, t, state, resolved, points, sources: data.sources, options, basis: state.rate, setView, ctxBase: { locale, t, currency: state.currency, base }, chart },
  };
}
