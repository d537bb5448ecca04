"use client";

import type { ReactNode } from "react";
import { parseMoneyView } from "@/lib/view/state";
import { useSearch } from "./dashboard/useViewState";

type Key = "USD" | "IDR-article" | "IDR-annual";

/**
 * Shows the headline in the reader's currency and rate basis. The three versions are rendered on
 * the server; the HTML carries the US-dollar one, and the URL picks another after hydration.
 */
export function HeadlineVariants({ variants }: { variants: Record<Key, ReactNode> }) {
  const { currency, rate } = parseMoneyView(new URLSearchParams(useSearch()));
  const key: Key = currency === "USD" ? "USD" : rate === "annual" ? "IDR-annual" : "IDR-article";
  return <>{variants[key]}</>;
}
