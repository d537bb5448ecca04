"use client";

import { lazy, Suspense, type ReactNode } from "react";
import { parseMoneyView } from "@/lib/view/state";
import { useSearch } from "./dashboard/useViewState";
import type { YourRateProps } from "./HeadlineYourRate";

export type HeadlineKey = "USD|article" | "USD|annual" | "IDR|article" | "IDR|annual" | "CNY";

// Only a reader who sets their own rate loads the code that converts at it.
const HeadlineYourRate = lazy(() => import("./HeadlineYourRate"));

/**
 * Shows the headline in the reader's currency and rate basis. The fixed versions are rendered on
 * the server; the HTML carries the US-dollar one, and the URL picks another after hydration.
 */
export function HeadlineVariants({ variants, yourRate }: { variants: Record<HeadlineKey, ReactNode>; yourRate: Omit<YourRateProps, "idrPerUsd" | "main"> }) {
  const { currency, rate, idrPerUsd } = parseMoneyView(new URLSearchParams(useSearch()));
  if (currency !== "CNY" && rate === "custom" && idrPerUsd) {
    return (
      <Suspense fallback={variants["USD|article"]}>
        <HeadlineYourRate {...yourRate} idrPerUsd={idrPerUsd} main={currency} />
      </Suspense>
    );
  }
  const key: HeadlineKey = currency === "CNY" ? "CNY" : `${currency}|${rate === "annual" ? "annual" : "article"}`;
  return <>{variants[key] ?? variants["USD|article"]}</>;
}
