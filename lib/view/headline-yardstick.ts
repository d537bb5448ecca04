import type { Observation, TradeData } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatShare } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { div, type Ratio } from "@/lib/money/ratio";
import type { RateBasis } from "@/lib/schema/primitives";
import { conversionOf, toPoint, type Prices } from "@/lib/trade/points";
import { withReaderRate } from "@/lib/trade/reader-rate";
import { displaySeries, findFigure } from "@/lib/trade/series";
import { rowProvenance, sourceEntries, type Provenance, type SourceLookup } from "./provenance";
import { rowFromPoint } from "./rows";
import { constantBase, type MoneyView } from "./state";

/**
 * The yardstick under the headline: China's trade with Indonesia the same year, in the view's money
 * (currency, rate, prices, unit), and the five's total as a share of it. The share is read from the
 * two US-dollar figures as stated, so no rate can move it; where the headline shows the five as stated
 * in yuan, the sentence names the five's converted figure it reads, as the change beside it does.
 * Indonesia is never added to the five.
 */
export type HeadlineYardstick = {
  year: number;
  value: { text: string; value: Ratio; provenance: Provenance };
  share: { text: string; value: Ratio; provenance: Provenance };
  /** The sentence around the two numbers: before + value + middle + share + after. */
  before: string;
  middle: string;
  after: string;
  words: string;
  source: { id: string; label: string; name: string };
};

const usdTotal = (series: readonly Observation[], partner: "CA5" | "IDN", year: number) =>
  series.find((o) => o.reporter === "CHN" && o.partner === partner && o.flow === "total" && o.period === String(year) && o.currency === "USD");

export function headlineYardstick(data: TradeData & { sources: SourceLookup }, settings: MoneyView, locale: Locale, year: number): HeadlineYardstick | null {
  const t = messagesFor(locale);
  const custom = settings.rate === "custom" && settings.idrPerUsd !== null;
  const basis: RateBasis = settings.rate === "custom" && !custom ? "article" : settings.rate;
  const d = withReaderRate(data, custom ? settings.idrPerUsd : null);
  const base = constantBase(settings);
  const prices: Prices = base === null ? null : { base };
  const dollars = displaySeries(d.observations, "USD");
  const [idn, ca5] = [usdTotal(dollars, "IDN", year), usdTotal(dollars, "CA5", year)];
  if (!idn || !ca5 || idn.amount.num === 0n) return null;
  const c = conversionOf(idn, settings.currency, basis, d, prices);
  if (!c.ok) return null;
  const text = formatMoney(c.value, settings.currency, locale, { unit: settings.unit });
  const share = div(ca5.amount, idn.amount);
  const shareText = formatShare(share, locale);
  const place = `${t.partners.IDN}, ${year}`;
  const usd = (o: Observation) => formatMoney(o.amount, "USD", locale, { unit: settings.unit });
  // Where the headline shows the five as China stated them in yuan, the ratio still reads the dollar
  // figures: the sentence names the five's figure it divides, converted as Indonesia's is.
  const shown = findFigure(displaySeries(d.observations, settings.currency), String(year), "CA5", "total");
  const five = conversionOf(ca5, settings.currency, basis, d, prices);
  const basisWords = shown && shown.currency !== ca5.currency && five.ok ? fill(t.yardstick.bothConverted, { year, value: formatMoney(five.value, settings.currency, locale, { unit: settings.unit }) }) : "";
  const template = fill(t.yardstick.sentence, { year, basis: basisWords });
  const [before = "", rest = ""] = template.split("{value}");
  const [middle = "", after = ""] = rest.split("{share}");
  const s = data.sources[idn.sourceId];
  return {
    year,
    value: { text, value: c.value, provenance: rowProvenance(rowFromPoint(toPoint(idn, settings.currency, basis, d, prices)), `${place}: ${text}`, { locale, t }, data.sources) },
    share: {
      text: shareText,
      value: share,
      provenance: {
        heading: `${fill(t.yardstick.ratio, { year })}: ${shareText}`,
        lines: [
          { label: t.table.status, value: t.status.derived },
          { label: t.provenance.derivation, value: fill(t.yardstick.how, { ca5: usd(ca5), idn: usd(idn) }) },
        ],
        sources: sourceEntries([ca5.sourceId, idn.sourceId], data.sources, locale),
      },
    },
    before,
    middle,
    after,
    words: `${before}${text}${middle}${shareText}${after}`,
    source: { id: idn.sourceId, label: fill(t.yardstick.source, { year }), name: s ? `${s.publisher}, ${formatPartialDate(s.published, locale)}` : idn.sourceId },
  };
}
