import type { Dataset } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { shortPublisher } from "@/lib/view/provenance";
import { headline, headlineIn } from "./headline";
import { changeSince } from "./headline-words";

/**
 * The views whose share card is made at build time: the headline leads with a different number in
 * each. (US dollars at the annual rate, or with your rate beside them, lead with the same dollars.)
 */
export const CARD_VIEWS = ["USD", "IDR-article", "IDR-annual", "CNY"] as const;
export type CardView = (typeof CARD_VIEWS)[number];

export type ShareCard = { eyebrow: string; main: string; second: string; change: string; source: string; title: string; alt: string };

/** The headline of a view in words, as the page shows it: for the card's image and its alt text. */
export function shareCard(data: Dataset, locale: Locale, view: CardView): ShareCard {
  const t = messagesFor(locale);
  const h = headline(data);
  const src = (id: string) => {
    const s = data.sources.get(id);
    return s ? `${shortPublisher(s.publisher)}, ${formatPartialDate(s.published, locale)}` : id;
  };
  const eyebrow = fill(t.headlineEyebrow, { year: h.year });
  const usd = formatMoney(h.total.amount, "USD", locale);
  let main = usd;
  let second: string;
  let change = `${formatMoney(h.change, "USD", locale, { signed: true })} ${changeSince(t, locale, h.growth, h.prevYear, formatMoney(h.previous.amount, "USD", locale))}`;
  let sources = [h.total.sourceId, h.previous.sourceId, h.rate.sourceId];
  if (view === "USD") {
    second = fill(t.inRupiah, { value: formatMoney(h.totalIdr, "IDR", locale), rate: formatRate(h.rate.value, "IDR", locale) });
  } else {
    const currency = view === "CNY" ? "CNY" : "IDR";
    const basis = view === "IDR-annual" ? "annual" : "article";
    const r = headlineIn(h, currency, basis, data);
    if (!r) throw new Error(`no ${view} headline for ${h.year}`);
    main = formatMoney(r.total, currency, locale);
    const stated = r.totalFigure.currency === currency;
    const basisText = currency === "CNY" ? fill(t.rateUsed.cny, { year: h.year }) : basis === "article" ? t.rateUsed.article : fill(t.rateUsed.annual, { year: h.year });
    second = fill(stated ? t.statedInYuan : t.inDollars, { value: usd, rate: r.rate ? formatRate(r.rate.value, currency, locale) : "", basis: basisText });
    change = `${formatMoney(r.change, currency, locale, { signed: true })} ${changeSince(t, locale, r.growth, h.prevYear, formatMoney(r.previous, currency, locale))}`;
    sources = [r.totalFigure.sourceId, r.previousFigure.sourceId, ...[r.rate, r.prevRate].flatMap((x) => (x ? [x.sourceId] : []))];
  }
  const source = `${t.source}: ${[...new Set(sources)].map(src).join("; ")}`;
  return { eyebrow, main, second, change, source, title: t.siteTitle, alt: `${t.siteTitle}. ${eyebrow}: ${main}, ${second}. ${change}. ${source}.` };
}

