import { UNIT_EXPONENT } from "@/lib/data/reshape";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatDecimal, formatMoney } from "@/lib/format/number";
import { messagesFor } from "@/lib/i18n/messages";
import { div, mul, parseDecimal, pow10 } from "@/lib/money/ratio";
import { displaySeries, findFigure } from "@/lib/trade/series";
import { fill } from "@/lib/i18n/fill";
import { toPoint } from "@/lib/trade/points";
import { rowProvenance, sourceEntries, sourceLookup } from "@/lib/view/provenance";
import { rowFromPoint } from "@/lib/view/rows";
import { ProvenanceButton } from "../ProvenanceButton";
import { SourceLinks } from "./SourceLinks";

const EXP = UNIT_EXPONENT;

/** China's customs figures beside partner and third-party statistics for the same trade. */
export function SourcesDisagree({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const series = displaySeries(data.observations);
  const lookup = sourceLookup(data.sources);
  const rows = data.context.mirror.flatMap((m) => {
    const china = findFigure(series, m.against.period, m.against.partner, "total");
    if (!china || china.currency !== "USD") return [];
    const other = mul(parseDecimal(m.value), pow10(EXP[m.unit]));
    return [{ m, china, other, times: div(china.amount, other) }];
  });
  return (
    <section className="panel panel--wide" aria-labelledby="disagree-heading" id="sources-disagree">
      <h2 id="disagree-heading">{t.disagree.heading}</h2>
      <p>{t.disagree.intro}</p>
      <div className="table-wrap" role="region" aria-label={`${t.disagree.heading}: ${t.tabs.table}`} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.disagree.other}</th>
              <th scope="col" className="num">
                {t.disagree.other}
              </th>
              <th scope="col" className="num">
                {t.disagree.china}
              </th>
              <th scope="col" className="num">
                ×
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ m, china, other, times }) => (
              <tr key={m.id} data-mirror={m.id}>
                <th scope="row">
                  {m.label[locale]} <span className="muted">({t.status[m.status]})</span>
                </th>
                <td className="num">
                  <ProvenanceButton
                    provenance={{ heading: m.label[locale], lines: [{ label: t.table.status, value: t.status[m.status] }], sources: sourceEntries([m.sourceId], lookup, locale) }}
                    label={fill(t.provenance.open, { value: formatMoney(other, m.currency, locale) })}
                    closeText={t.provenance.close}
                  >
                    {formatMoney(other, m.currency, locale)}
                  </ProvenanceButton>
                </td>
                <td className="num">
                  <ProvenanceButton
                    provenance={rowProvenance(rowFromPoint(toPoint(china, "USD", "article", data)), `${t.partners[m.against.partner]}, ${m.against.period}`, { locale, t }, lookup)}
                    label={fill(t.provenance.open, { value: formatMoney(china.amount, "USD", locale) })}
                    closeText={t.provenance.close}
                  >
                    {formatMoney(china.amount, "USD", locale)}
                  </ProvenanceButton>{" "}
                  ({t.partners[m.against.partner]}, {m.against.period})
                </td>
                <td className="num">{formatDecimal(times, locale, { max: 1 })}×</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t.disagree.cif}</p>
      <p>
        <strong>{t.disagree.view}</strong>
      </p>
      <SourceLinks ids={rows.flatMap((r) => [r.m.sourceId, r.china.sourceId])} sources={data.sources} locale={locale} t={t} />
    </section>
  );
}
