import { Fragment, type ReactNode } from "react";
import { disagreeSourceIds } from "@/lib/article/disagree";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatDecimal } from "@/lib/format/number";
import { messagesFor } from "@/lib/i18n/messages";
import { gapCell } from "@/lib/view/cells";
import { latestMirrorCells, regionalMirrorCells } from "@/lib/article/disagree-provenance";
import { refOf, type ProvenanceCell } from "@/lib/view/provenance-keys";
import { ProvenanceRefButton } from "../ProvenanceRefButton";
import { SourceLinks } from "./SourceLinks";
import { YardstickDisagree } from "./YardstickDisagree";
import panelStyles from "../ui/panel.module.css";
import tableStyles from "../ui/table.module.css";
import styles from "./SourcesDisagree.module.css";
import { LISTS_NO_SOURCES } from "@/lib/view/provenance";

/**
 * China's customs figures beside each partner's own statistics for the same year, like for like
 * (full years, both in US dollars from the same IMF dataset); the mirror figure shows every year.
 * Under the table, region-wide figures from national statistics against China's total.
 */
export function SourcesDisagree({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const latest = latestMirrorCells(data, locale);
  const withSource = (cell: ProvenanceCell) => <ProvenanceRefButton provRef={refOf(cell.keyed, locale, LISTS_NO_SOURCES)} text={cell.text} />;
  // "{label}: {other}; … {china}, {gap} …": the two numbers are buttons that open their provenance.
  const regional = regionalMirrorCells(data, locale).map(({ figure, label, otherCell, chinaCell, gap }) => {
    const parts: Record<string, ReactNode> = {
      label,
      other: withSource(otherCell),
      china: withSource(chinaCell),
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
            {latest.map(({ country, china, chinaCell, ownCell }) => (
              <tr key={country} data-mirror={country}>
                <th scope="row">{t.partners[country]}</th>
                <td>{china.period}</td>
                <td className={tableStyles.num}>{withSource(chinaCell)}</td>
                <td className={tableStyles.num}>{withSource(ownCell)}</td>
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
