"use client";

import { lazy, Suspense, useMemo, type ReactNode } from "react";
import { constantBase, parseMoneyView, type MoneyView, type ViewOptions } from "@/lib/view/state";
import { useSearch } from "./dashboard/useViewState";
import type { HeadlineKey } from "@/lib/view/headline-variants";
import type { HeadlineLiveProps } from "./HeadlineLive";

// Only a reader whose view the server did not render loads the code that builds it.
const HeadlineLive = lazy(() => import("./HeadlineLive"));

/** The server's version of a view, or null for one it does not render: your rate, constant prices, a fixed unit. */
function serverKey(s: MoneyView): HeadlineKey | null {
  if (s.unit !== "auto" || constantBase(s) !== null) return null;
  // Yuan never go through the rupiah rate, yours included.
  if (s.currency === "CNY") return "CNY";
  return s.rate === "custom" ? null : `${s.currency}|${s.rate}`;
}

/**
 * Shows the headline in the reader's money settings. The five usual versions are rendered on the
 * server (the HTML carries the US-dollar one, and the URL picks another after hydration); any other
 * view is built in the browser from the exact figures, by the same builder.
 */
export function HeadlineVariants({ variants, live, options }: { variants: Record<HeadlineKey, ReactNode>; live: HeadlineLiveProps; options: Pick<ViewOptions, "baseYears" | "defaultBase"> }) {
  const search = useSearch();
  const settings = useMemo(() => parseMoneyView(new URLSearchParams(search), options), [search, options]);
  const key = serverKey(settings);
  if (key) return <>{variants[key] ?? variants["USD|article"]}</>;
  // Until the code arrives: the server's version nearest the view (same currency and rate basis).
  const near: HeadlineKey = settings.currency === "CNY" ? "CNY" : `${settings.currency}|${settings.rate === "annual" ? "annual" : "article"}`;
  const fallback = variants[near] ?? variants["USD|article"];
  return (
    <Suspense fallback={fallback}>
      <HeadlineLive {...live} settings={settings} fallback={fallback} />
    </Suspense>
  );
}
