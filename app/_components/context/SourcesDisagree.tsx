import { Fragment, type ReactNode } from "react";
import { disagreeSourceIds, latestMirror, regionalMirror } from "@/lib/article/disagree";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatDecimal, formatMoney } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { toPoint } from "@/lib/trade/points";
import { gapCell } from "@/lib/view/cells";
import { rowProvenance, sourceEntries, sourceLookup, statedText, type Provenance } from "@/lib/view/provenance";
import { rowFromPoint } from "@/lib/view/rows";
import { ProvenanceButton } from "../ProvenanceButton";
import { SourceLinks } from "./SourceLinks";
import { YardstickDisagree } from "./YardstickDisagree";
import panelStyles from "../ui/panel.module.css";
import tableStyles from "../ui/table.module.css";
import styles from "./SourcesDisagree.module.css";

/**
 * China's customs figures beside each partner's own statistics for the same year, like for like
 * (full years, both in US dollars from the same IMF dataset); the mirror figure shows every year.
 * Under the table, region-wide figures from national statistics against China's total.
 */
export function SourcesDisagree({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const lookup = sourceLookup(data.sources);
  const latest = latestMirror(data);
  const money = (r: (typeof latest)[number]["china"]) => (r.value ? formatMoney(r.value, "USD", locale) : "");
  const withSource = (text: string, provenance: Provenance) => (
    <ProvenanceButton provenance={provenance} label={fill(t.provenance.open, { value: text })} closeText={t.provenance.close}>
      {text}
    </ProvenanceButton>
  );
  const cellWithSource = (r: (typeof latest)[number]["china"], heading: string) => withSource(money(r), rowProvenance(r, heading, { locale, t }, lookup));
  // "{label}: {other}; … {china}, {gap} …": the two numbers are buttons that open their provenance.
  const regional = regionalMirror(data).map(({ figure, other, china, gap }) => {
    const label = figure.label[locale];
    const otherText = formatMoney(other, "USD", locale);
    const chinaText = formatMoney(china.amount, "USD", locale);
    const parts: Record<string, ReactNode> = {
      label,
      other: withSource(otherText, {
        heading: `${label}: ${otherText}`,
        lines: [
          { label: t.table.status, value: t.status[figure.status] },
          { label: t.provenance.stated, value: statedText(figure, locale) },
        ],
        sources: sourceEntries([figure.sourceId], lookup, locale),
      }),
      china: withSource(chinaText, rowProvenance(rowFromPoint(toPoint(china, "USD", "article", data)), `${t.reporters.CHN}, ${t.partners.CA5}, ${china.period}: ${chinaText}`, { locale, t }, lookup)),
      gap: formatDecimal(gap, locale, { min: 1, max: 1 }),
    };
    return (
      // A div, not a p: the provenance popovers are divs.
      <div key={figure.id} data-mirror={figure.id} className={styles.regional}>
        {t.disagree.regional.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? <Fragment key={i}>{parts[piece] ?? `{${piece}}`}</Fragment> : piece))}
      </div>
    );
  });
  return (
    <section className={`${panelStyles.panel} ${panelStyles.wide}`} aria-labelledby="disagree-heading" id="sources-disagree">
      <h2 id="disagree-heading">{t.disagree.heading}</h2>
      <p>
        {t.disagree.intro} <a href="#fig-mirror">{t.disagree.seeFigure}</a>
      </p>
      <div className={tableStyles.wrap} role="region" aria-labelledby="disagree-caption" tabIndex={0}>
        <table className={tableStyles.table}>
          <caption id="disagree-caption">{t.disagree.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.table.partner}</th>
              <th scope="col">{t.table.period}</th>
              <th scope="col" className={tableStyles.num}>
                {t.disagree.china}
              </th>
              <th scope="col" className={tableStyles.num}>
                {t.disagree.own}
              </th>
              <th scope="col" className={tableStyles.num}>
                {t.table.gap}
              </th>
            </tr>
          </thead>
          <tbody>
            {latest.map(({ country, china, own }) => (
              <tr key={country} data-mirror={country}>
                <th scope="row">{t.partners[country]}</th>
                <td>{china.period}</td>
                <td className={tableStyles.num}>{cellWithSource(china, `${t.reporters.CHN}, ${t.partners[country]}, ${china.period}`)}</td>
                <td className={tableStyles.num}>{cellWithSource(own, `${t.reporters[country]}, ${own.period}`)}</td>
                <td className={tableStyles.num}>{gapCell(china, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {regional}
      <YardstickDisagree locale={locale} data={data} className={styles.regional} />
      <p>{t.disagree.cif}</p>
      <p>
        <strong>{t.disagree.view}</strong>
      </p>
      <SourceLinks ids={disagreeSourceIds(data)} sources={data.sources} locale={locale} t={t} />
    </section>
  );
}
