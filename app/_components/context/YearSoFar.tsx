import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { sourceLookup, LISTS_NO_SOURCES } from "@/lib/view/provenance";
import { keyed, refOf } from "@/lib/view/provenance-keys";
import { ytdPanel, type YtdCell, type YtdGroup } from "@/lib/view/year-so-far";
import { ProvenanceRefButton } from "../ProvenanceRefButton";
import { SourceLinks } from "./SourceLinks";
import panelStyles from "../ui/panel.module.css";
import tableStyles from "../ui/table.module.css";
import styles from "./YearSoFar.module.css";

/** A number that opens its provenance, with its status beside it where it is not a reported figure. */
function Value({ cell, t, locale }: { cell: YtdCell; t: Messages; locale: Locale }) {
  return (
    <>
      <ProvenanceRefButton provRef={refOf(keyed(cell.key, cell.provenance), locale, LISTS_NO_SOURCES)} text={cell.text} />
      {cell.status !== "reported" && <span className={styles.status}>{t.status[cell.status]}</span>}
    </>
  );
}

function GroupTable({ group, t, locale, index }: { group: YtdGroup; t: Messages; locale: Locale; index: number }) {
  const id = `ytd-caption-${index}`;
  return (
    <div>
      <div className={tableStyles.wrap} role="region" aria-labelledby={id} tabIndex={0}>
        <table className={`${tableStyles.table} ${styles.table}`} data-ytd={group.key}>
          <caption id={id}>{group.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.ytd.who}</th>
              <th scope="col" className={`${tableStyles.num} ${styles.amount}`}>
                {group.now}
              </th>
              <th scope="col" className={`${tableStyles.num} ${styles.amount}`}>
                {group.before}
              </th>
              <th scope="col" className={`${tableStyles.num} ${styles.amount}`}>
                {t.ytd.change}
              </th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((r) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row">
                  {r.who}
                  {/* The total goes without saying; a flow is named under whose it is. */}
                  {r.flowShown && <span className={styles.flow}>{r.flow}</span>}
                </th>
                <td className={`${tableStyles.num} ${styles.amount}`}>
                  <Value cell={r.current} t={t} locale={locale} />
                </td>
                <td className={`${tableStyles.num} ${styles.amount}`}>
                  <Value cell={r.previous} t={t} locale={locale} />
                </td>
                <td className={`${tableStyles.num} ${styles.amount}`}>{r.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {group.notes.map((n) => (
        <p key={n} className={styles.note} data-ytd-note={group.key}>
          {n}
        </p>
      ))}
    </div>
  );
}

/**
 * "How is this year going?": each part of a year against the same months of the year before, as
 * the sources state them, apart from the yearly figures; then the part-year figures that have no
 * such pair. Rendered on the server; every number opens its provenance.
 */
export function YearSoFar({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const panel = ytdPanel(data.observations, data, sourceLookup(data.sources), locale);
  if (panel.groups.length === 0) return null;
  return (
    <section className={`${panelStyles.panel} ${panelStyles.wide} ${styles.panel}`} aria-labelledby="ytd-heading" id="year-so-far">
      <h2 id="ytd-heading">{t.ytd.heading}</h2>
      {panel.lead && <p data-testid="ytd-lead">{panel.lead}</p>}
      <p className={panelStyles.muted}>{t.ytd.rule}</p>
      <div className={styles.groups}>
        {panel.groups.map((g, i) => (
          <GroupTable key={g.key} group={g} t={t} locale={locale} index={i} />
        ))}
      </div>
      {panel.alone.length > 0 && (
        <details className={styles.alone}>
          <summary>{fill(t.ytd.alone, { count: panel.alone.length })}</summary>
          <ul>
            {panel.alone.map((a) => (
              <li key={a.key}>
                <Value cell={a.cell} t={t} locale={locale} /> · {a.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      <SourceLinks ids={panel.sourceIds} sources={data.sources} locale={locale} t={t} />
    </section>
  );
}
