"use client";

import { useMemo } from "react";
import useSWR from "swr";
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
};

export function Dashboard({ locale, fallback, sources, options }: Props) {
  const t = messagesFor(locale);
  const { state, invalid, setView } = useViewState(options);
  const key = apiKey(state.currency, state.rate);
  const { data, error, isValidating, mutate } = useSWR(key, fetchTrade, {
    fallbackData: fallback[key],
    revalidateOnFocus: false,
    keepPreviousData: false,
  });
  const response = data ?? fallback[key];
  const points = useMemo(() => response?.observations ?? [], [response]);
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
  };

  return (
    <div className="dashboard">
      <Controls {...figure} />
      <FetchNotice t={t} invalid={invalid} failed={Boolean(error)} retrying={isValidating} onRetry={() => void mutate()} />
      <TrendFigure {...figure} />
      <CountriesFigure {...figure} />
      <FlowsFigure {...figure} />
      <SharesFigure {...figure} />
    </div>
  );
}
