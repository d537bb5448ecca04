import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";

/** The API URL for a currency and rate basis; US dollars do not depend on the rupiah rate. */
export function apiKey(currency: DisplayCurrency, rate: RateBasis): string {
  return currency === "USD" ? "/api/trade?currency=USD" : `/api/trade?currency=IDR&rate=${rate}`;
}

export const API_COMBOS = [
  { currency: "USD", rate: "article" },
  { currency: "IDR", rate: "article" },
  { currency: "IDR", rate: "annual" },
] as const;
