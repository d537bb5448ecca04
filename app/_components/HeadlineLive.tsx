"use client";

import { useMemo, type ReactNode } from "react";
import { fromCompact, type CompactDataset } from "@/lib/data/compact";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { headlineView } from "@/lib/view/headline-view";
import type { MoneyView } from "@/lib/view/state";
import { HeadlineBlock } from "./HeadlineBlock";

export type HeadlineLiveProps = {
  locale: Locale;
  /** The few figures, rates, price indexes and sources any view of the headline needs (headlineCompact). */
  data: CompactDataset;
  onPage: readonly string[];
};

/**
 * The headline for a view the server does not render (your rate, constant prices, a fixed unit):
 * the same builder and the same exact arithmetic as the server's versions, run in the browser.
 */
export default function HeadlineLive({ locale, data, onPage, settings, fallback }: HeadlineLiveProps & { settings: MoneyView; fallback: ReactNode }) {
  const input = useMemo(() => fromCompact(data), [data]);
  const view = useMemo(() => headlineView(input, settings, locale), [input, settings, locale]);
  return view ? <HeadlineBlock t={messagesFor(locale)} locale={locale} view={view} onPage={onPage} /> : <>{fallback}</>;
}
