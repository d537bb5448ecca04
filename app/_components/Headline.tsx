import type { Source } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatPercent, formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import type { Headline as HeadlineData } from "@/lib/trade/headline";
import { SourceRef } from "./SourceRef";

type Props = { locale: Locale; headline: HeadlineData; sources: ReadonlyMap<string, Source> };

/** The numbers a reader came for, rendered on the server so they paint first and need no script. */
export function Headline({ locale, headline: h, sources }: Props) {
  const t = messagesFor(locale);
  const source = (id: string) => sources.get(id);
  const totalSource = source(h.total.sourceId);
  const prevSource = source(h.previous.sourceId);
  const rateSource = source(h.rate.sourceId);
  return (
    <section className="headline" aria-labelledby="headline-heading">
      <p className="eyebrow">{fill(t.headlineEyebrow, { year: h.year })}</p>
      <h1 id="headline-heading" className="visually-hidden">
        {fill(t.headlineHeading, { year: h.year })}
      </h1>
      <p className="headline__figure" data-testid="headline-usd">
        {formatMoney(h.total.amount, "USD", locale)}
      </p>
      <p className="headline__idr" data-testid="headline-idr">
        {fill(t.inRupiah, {
          value: formatMoney(h.totalIdr, "IDR", locale),
          rate: formatRate(h.rate.value, "IDR", locale),
        })}
      </p>
      <p className="headline__change" data-testid="headline-change">
        {fill(t.changeLine, {
          change: formatMoney(h.change, "USD", locale, { signed: true }),
          percent: formatPercent(h.growth, locale),
          prevYear: h.prevYear,
          prevValue: formatMoney(h.previous.amount, "USD", locale),
        })}
      </p>
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
