import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { toDecimalString } from "@/lib/money/ratio";
import type { RateBasis } from "@/lib/schema/primitives";
import { headlineIn, type Headline as HeadlineData } from "@/lib/trade/headline";
import { toPoint } from "@/lib/trade/points";
import { rowFromPoint } from "@/lib/view/rows";
import { rowProvenance, sourceEntries, type SourceLookup } from "@/lib/view/provenance";
import { HeadlineBlock } from "./HeadlineBlock";
import { HeadlineVariants, type HeadlineKey } from "./HeadlineVariants";
import { SourceRef } from "./SourceRef";
import { changeSince } from "@/lib/trade/headline-words";

type Props = { locale: Locale; headline: HeadlineData; data: Dataset; sources: SourceLookup };

/**
 * The numbers a reader came for, rendered on the server so they paint first and need no script:
 * one version per currency and rate basis; the URL picks one. "Your rate" is computed in the
 * browser from the exact dollar totals.
 */
export function Headline({ locale, headline: h, data, sources }: Props) {
  const t = messagesFor(locale);
  const ctx = { locale, t };
  const place = `${t.partners.CA5}, ${h.year}`;
  const usdText = formatMoney(h.total.amount, "USD", locale);
  const prevText = formatMoney(h.previous.amount, "USD", locale);
  const usdChange = formatMoney(h.change, "USD", locale, { signed: true });
  const usdNumber = { text: usdText, provenance: rowProvenance(rowFromPoint(toPoint(h.total, "USD", "article", data)), `${place}: ${usdText}`, ctx, sources) };
  const changeLines = (total: string, prev: string) => [
    { label: t.table.status, value: t.status.derived },
    { label: t.provenance.derivation, value: `${total} − ${prev} (${h.prevYear})` },
  ];
  const usdChangeBlock = {
    text: usdChange,
    provenance: { heading: `${place}: ${usdChange}`, lines: changeLines(usdText, prevText), sources: sourceEntries([h.total.sourceId, h.previous.sourceId], sources, locale) },
    rest: changeSince(t, locale, h.growth, h.prevYear, prevText),
  };
  const basisText = (basis: RateBasis, year: number) => (basis === "article" ? t.rateUsed.article : fill(t.rateUsed.annual, { year }));
  const split = (template: string) => template.split("{value}") as [string, string];

  /** US dollars first, rupiah beside them at the view's rate basis. */
  const usdVariant = (basis: "article" | "annual") => {
    const r = headlineIn(h, "IDR", basis, data);
    if (!r?.rate) return null;
    const idrText = formatMoney(r.total, "IDR", locale);
    const [before, after] = split(basis === "article" ? t.inRupiah : t.inRupiahAt);
    return (
      <HeadlineBlock
        t={t}
        main={{ testId: "headline-usd", ...usdNumber }}
        second={{
          testId: "headline-idr",
          text: idrText,
          provenance: rowProvenance(rowFromPoint(toPoint(h.total, "IDR", basis, data)), `${place}: ${idrText}`, ctx, sources),
          before,
          after: fill(after, { rate: formatRate(r.rate.value, "IDR", locale), basis: basisText(basis, h.year) }),
        }}
        change={usdChangeBlock}
      />
    );
  };

  /** Rupiah or yuan first, the dollar figure beside them with the rate that converted it. */
  const convertedVariant = (currency: "IDR" | "CNY", basis: RateBasis) => {
    const r = headlineIn(h, currency, basis, data);
    if (!r) return null;
    const total = formatMoney(r.total, currency, locale);
    const prev = formatMoney(r.previous, currency, locale);
    const change = formatMoney(r.change, currency, locale, { signed: true });
    const stated = r.totalFigure.currency === currency;
    const [before, after] = split(stated ? t.statedInYuan : t.inDollars);
    const rateText = (rate: typeof r.rate, year: number) => (rate ? `${formatRate(rate.value, currency, locale)} (${year})` : t.rateNone);
    return (
      <HeadlineBlock
        t={t}
        main={{ testId: currency === "IDR" ? "headline-idr" : "headline-cny", text: total, provenance: rowProvenance(rowFromPoint(toPoint(r.totalFigure, currency, basis, data)), `${place}: ${total}`, ctx, sources) }}
        second={{
          testId: "headline-usd",
          ...usdNumber,
          before,
          after: fill(after, { rate: r.rate ? formatRate(r.rate.value, currency, locale) : "", basis: currency === "CNY" ? fill(t.rateUsed.cny, { year: h.year }) : basisText(basis, h.year) }),
        }}
        change={{
          text: change,
          rest: changeSince(t, locale, r.growth, h.prevYear, prev),
          provenance: {
            heading: `${place}: ${change}`,
            lines: [...changeLines(total, prev), { label: t.table.rate, value: `${rateText(r.rate, h.year)}; ${rateText(r.prevRate, h.prevYear)}` }],
            sources: sourceEntries([r.totalFigure.sourceId, r.previousFigure.sourceId, ...[r.rate, r.prevRate].flatMap((x) => (x ? [x.sourceId] : []))], sources, locale),
          },
        }}
      />
    );
  };

  const variants: Record<HeadlineKey, React.ReactNode> = {
    "USD|article": usdVariant("article"),
    "USD|annual": usdVariant("annual"),
    "IDR|article": convertedVariant("IDR", "article"),
    "IDR|annual": convertedVariant("IDR", "annual"),
    CNY: convertedVariant("CNY", "article"),
  };
  const totalSource = data.sources.get(h.total.sourceId);
  const prevSource = data.sources.get(h.previous.sourceId);
  const rateSource = data.sources.get(h.rate.sourceId);
  return (
    <section className="headline" aria-labelledby="headline-heading">
      <p className="eyebrow">{fill(t.headlineEyebrow, { year: h.year })}</p>
      <h1 id="headline-heading" className="visually-hidden">
        {fill(t.headlineHeading, { year: h.year })}
      </h1>
      <HeadlineVariants
        variants={variants}
        yourRate={{
          locale,
          year: h.year,
          prevYear: h.prevYear,
          usdTotal: toDecimalString(h.total.amount, 2),
          usdPrevious: toDecimalString(h.previous.amount, 2),
          usd: usdNumber,
          usdChange: usdChangeBlock,
          sources: sourceEntries([h.total.sourceId, h.previous.sourceId], sources, locale),
        }}
      />
      <ul className="headline__sources">
        {totalSource && (
          <li>
            <SourceRef source={totalSource} locale={locale} label={`${t.source} ${h.year}`} />
          </li>
        )}
        {prevSource && (
          <li>
            <SourceRef source={prevSource} locale={locale} label={`${t.source} ${h.prevYear}`} />
          </li>
        )}
        {rateSource && (
          <li>
            <SourceRef source={rateSource} locale={locale} label={t.rateSource} />
          </li>
        )}
      </ul>
    </section>
  );
}
