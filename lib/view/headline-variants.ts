import type { Locale } from "@/lib/format/locale";
import { keyed, type Keyed } from "@/lib/view/provenance-keys";
import type { MoneyView } from "@/lib/view/state";
import { headlineView, type HeadlineData, type HeadlineView } from "./headline-view";
import { defaultBaseYear } from "@/lib/trade/points";

/** The headline's money settings the server renders; the URL picks one after hydration. */
export const HEADLINE_KEYS = ["USD|article", "USD|annual", "IDR|article", "IDR|annual", "CNY"] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

const SETTINGS: Record<HeadlineKey, Pick<MoneyView, "currency" | "rate">> = {
  "USD|article": { currency: "USD", rate: "article" },
  "USD|annual": { currency: "USD", rate: "annual" },
  "IDR|article": { currency: "IDR", rate: "article" },
  "IDR|annual": { currency: "IDR", rate: "annual" },
  CNY: { currency: "CNY", rate: "article" },
};

/** The server's versions of the headline, nominal and in the automatic unit; null where one cannot be made. */
export function headlineVariants(data: HeadlineData, locale: Locale): Record<HeadlineKey, HeadlineView | null> {
  // Nominal: the base year is never used, only carried as the dashboard's default.
  const base = defaultBaseYear(data);
  const view = (key: HeadlineKey) => headlineView(data, { ...SETTINGS[key], idrPerUsd: null, prices: "nominal", base, unit: "auto" }, locale);
  return Object.fromEntries(HEADLINE_KEYS.map((key) => [key, view(key)])) as Record<HeadlineKey, HeadlineView | null>;
}

/** Each number of a server version, under a key that names the version and the number. */
export type HeadlineKeyed = { main: Keyed; second: Keyed; change: Keyed; value: Keyed | null; share: Keyed | null };

export function headlineKeyed(key: HeadlineKey, view: HeadlineView): HeadlineKeyed {
  const at = (part: string) => `headline/${key}/${part}`;
  const y = view.yardstick;
  return {
    main: keyed(at("main"), view.main.provenance),
    second: keyed(at("second"), view.second.provenance),
    change: keyed(at("change"), view.change.provenance),
    value: y && keyed(at("yardstick"), y.value.provenance),
    share: y && keyed(at("share"), y.share.provenance),
  };
}

/** Every number of every server version: the headline's part of the dashboard's map. */
export function headlineProvenance(data: HeadlineData, locale: Locale): Keyed[] {
  return Object.entries(headlineVariants(data, locale)).flatMap(([key, view]) =>
    view ? Object.values(headlineKeyed(key as HeadlineKey, view)).filter((k): k is Keyed => k !== null) : [],
  );
}
