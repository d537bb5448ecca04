import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatPercent, formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import type { RateBasis } from "@/lib/schema/primitives";
import { headlineInIdr, type Headline as HeadlineData } from "@/lib/trade/headline";
import { toPoint } from "@/lib/trade/points";
import { rowFromPoint } from "@/lib/view/rows";
import { rowProvenance, sourceEntries, type SourceLookup } from "@/lib/view/provenance";
import { HeadlineVariants } from "./HeadlineVariants";
import { HeadlineBlock } from "./HeadlineBlock";
import { SourceRef } from "./SourceRef";

type Props = { locale: Locale; headline: HeadlineData; data: Dataset; sources: SourceLookup };

/** The numbers a reader came for, rendered on the server so they paint first and need no script. */
export function Headline({ locale, headline: h, data, sources }: Props) {
  const t = messagesFor(locale);
  const ctx = { locale, t };
  const usdText = formatMoney(h.total.amount, "USD", locale);
  const idrText = formatMoney(h.totalIdr, "IDR", locale);
  const changeText = formatMoney(h.change, "USD", locale, { signed: true });
  const prevText = formatMoney(h.previous.amount, "USD", locale);
  const usdRow = rowFromPoint(toPoint(h.total, "USD", "article", data));
  const idrRow = rowFromPoint(toPoint(h.total, "IDR", "article", data));
  const place = `${t.partners.CA5}, ${h.year}`;
  // The rupiah figure sits inside a sentence whose word order differs by language.
  const [idrBefore = "", idrAfter = ""] = t.inRupiah.split("{value}");
  const changeProvenance = {
    heading: `${place}: ${changeText}`,
    lines: [
      { label: t.table.status, value: t.status.derived },
      { label: t.provenance.derivation, value: `${usdText} − ${prevText} (${h.prevYear})` },
    ],
    sources: sourceEntries([h.total.sourceId, h.previous.sourceId], sources, locale),
  };
  const usdNumber = { text: usdText, provenance: rowProvenance(usdRow, `${place}: ${usdText}`, ctx, sources) };
  const idrVariant = (basis: RateBasis) => {
    const r = headlineInIdr(h, basis, data.rates);
    if (!r || !r.rate || !r.prevRate) return null;
    const total = formatMoney(r.total, "IDR", locale);
    const prev = formatMoney(r.previous, "IDR", locale);
    const change = formatMoney(r.change, "IDR", locale, { signed: true });
    const basisText = basis === "article" ? t.rateUsed.article : fill(t.rateUsed.annual, { year: h.year });
    const [before = "", after = ""] = t.inDollars.split("{value}");
    return (
      <HeadlineBlock
        t={t}
        main={{ testId: "headline-idr", text: total, provenance: rowProvenance(rowFromPoint(toPoint(h.total, "IDR", basis, data)), `${place}: ${total}`, ctx, sources) }}
        second={{ testId: "headline-usd", ...usdNumber, before, after: fill(after, { rate: formatRate(r.rate.value, "IDR", locale), basis: basisText }) }}
        change={{
          text: change,
          rest: fill(t.changeRest, { percent: formatPercent(r.growth, locale), prevYear: h.prevYear, prevValue: prev }),
          provenance: {
            heading: `${place}: ${change}`,
            lines: [
              { label: t.table.status, value: t.status.derived },
              { label: t.provenance.derivation, value: `${total} − ${prev} (${h.prevYear})` },
              { label: t.table.rate, value: `${formatRate(r.rate.value, "IDR", locale)} (${h.year}); ${formatRate(r.prevRate.value, "IDR", locale)} (${h.prevYear})` },
            ],
            sources: sourceEntries([h.total.sourceId, h.previous.sourceId, r.rate.sourceId, r.prevRate.sourceId], sources, locale),
          },
        }}
      />
    );
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
        variants={{
          USD: (
            <HeadlineBlock
              t={t}
              main={{ testId: "headline-usd", ...usdNumber }}
              second={{
                testId: "headline-idr",
                text: idrText,
                provenance: rowProvenance(idrRow, `${place}: ${idrText}`, ctx, sources),
                before: idrBefore,
                after: fill(idrAfter, { rate: formatRate(h.rate.value, "IDR", locale) }),
              }}
              change={{
                text: changeText,
                provenance: changeProvenance,
                rest: fill(t.changeRest, { percent: formatPercent(h.growth, locale), prevYear: h.prevYear, prevValue: prevText }),
              }}
            />
          ),
          "IDR-article": idrVariant("article"),
          "IDR-annual": idrVariant("annual"),
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
