import type { Dataset } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { RateBasis } from "@/lib/schema/primitives";
import { defaultBaseYear } from "@/lib/trade/points";
import { headlineData, headlineView } from "./headline-view";
import { shortPublisher } from "./provenance";
import type { MoneyView } from "./state";

/**
 * The views whose share card is made at build time: the headline leads with a different number in
 * each. (US dollars at the annual rate, or with your rate beside them, lead with the same dollars.)
 */
export const CARD_VIEWS = ["USD", "IDR-article", "IDR-annual", "CNY"] as const;
export type CardView = (typeof CARD_VIEWS)[number];

const CARD_MONEY: Record<CardView, { currency: MoneyView["currency"]; rate: RateBasis }> = {
  USD: { currency: "USD", rate: "article" },
  "IDR-article": { currency: "IDR", rate: "article" },
  "IDR-annual": { currency: "IDR", rate: "annual" },
  CNY: { currency: "CNY", rate: "article" },
};

export type ShareCard = { eyebrow: string; main: string; second: string; change: string; source: string; title: string; alt: string };

/** The headline of a view in words, as the page shows it (the same builder): for the card's image and its alt text. */
export function shareCard(data: Dataset, locale: Locale, view: CardView): ShareCard {
  const t = messagesFor(locale);
  const h = headlineView(headlineData(data), { ...CARD_MONEY[view], idrPerUsd: null, prices: "nominal", base: defaultBaseYear(data), unit: "auto" }, locale);
  if (!h) throw new Error(`no ${view} headline`);
  // A card is small: each source by its short name, once, in the order the page's line names them.
  const names = h.sources.map((s) => {
    const source = data.sources.get(s.id);
    return source ? `${shortPublisher(source.publisher)}, ${formatPartialDate(source.published, locale)}` : s.name;
  });
  const source = `${t.source}: ${[...new Set(names)].join("; ")}`;
  const [main, second, change] = [h.main.text, h.second.words, h.change.words];
  return { eyebrow: h.eyebrow, main, second, change, source, title: t.siteTitle, alt: `${t.siteTitle}. ${h.eyebrow}: ${main}, ${second}. ${change}. ${source}.` };
}
