import { disagreeSourceIds, latestMirror } from "@/lib/article/disagree";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatMoney } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { gapCell } from "@/lib/view/cells";
import { rowProvenance, sourceLookup } from "@/lib/view/provenance";
import { ProvenanceButton } from "../ProvenanceButton";
import { SourceLinks } from "./SourceLinks";

/**
 * China's customs figures beside each partner's own statistics for the same year, like for like
 * (full years, both in US dollars from the same IMF dataset); the mirror figure shows every year.
 */
export function SourcesDisagree({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const lookup = sourceLookup(data.sources);
  const latest = latestMirror(data);
  const money = (r: (typeof latest)[number]["china"]) => (r.value ? formatMoney(r.value, "USD", locale) : "");
  const cellWithSource = (r: (typeof latest)[number]["china"], heading: string) => (
    <ProvenanceButton provenance={rowProvenance(r, heading, { locale, t }, lookup)} label={fill(t.provenance.open, { value: money(r) })} closeText={t.provenance.close}>
      {money(r)}
    </ProvenanceButton>
  );
  return (
    <section className="panel panel--wide" aria-labelledby="disagree-heading" id="sources-disagree">
      <h2 id="disagree-heading">{t.disagree.heading}</h2>
      <p>
        {t.disagree.intro} <a href="#fig-mirror">{t.disagree.seeFigure}</a>
      </p>
      <div className="table-wrap" role="region" aria-labelledby="disagree-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="disagree-caption">{t.disagree.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.table.partner}</th>
              <th scope="col">{t.table.period}</th>
              <th scope="col" className="num">
                {t.disagree.china}
              </th>
              <th scope="col" className="num">
                {t.disagree.own}
              </th>
              <th scope="col" className="num">
                {t.table.gap}
              </th>
            </tr>
          </thead>
          <tbody>
            {latest.map(({ country, china, own }) => (
              <tr key={country} data-mirror={country}>
                <th scope="row">{t.partners[country]}</th>
                <td>{china.period}</td>
                <td className="num">{cellWithSource(china, `${t.reporters.CHN}, ${t.partners[country]}, ${china.period}`)}</td>
                <td className="num">{cellWithSource(own, `${t.reporters[country]}, ${own.period}`)}</td>
                <td className="num">{gapCell(china, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t.disagree.cif}</p>
      <p>
        <strong>{t.disagree.view}</strong>
      </p>
      <SourceLinks ids={disagreeSourceIds(data)} sources={data.sources} locale={locale} t={t} />
    </section>
  );
}
