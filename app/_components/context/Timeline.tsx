import type { Dataset } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { displaySeries, findFigure } from "@/lib/trade/series";
import { refOf } from "@/lib/view/provenance-keys";
import { eventCells } from "@/lib/view/timeline-provenance";
import { ProvenanceRefButton } from "../ProvenanceRefButton";
import { SourceLinks } from "./SourceLinks";
import provStyles from "../ProvenanceButton.module.css";
import styles from "./Timeline.module.css";
import { LISTS_NO_SOURCES } from "@/lib/view/provenance";

/** The dated events, as a list that reads without the chart; the chart shows them as numbered markers. */
export function Timeline({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const series = displaySeries(data.observations);
  const cells = eventCells(data, locale);
  const byDate = new Map<string, typeof data.context.events>();
  for (const e of data.context.events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t.context.timeline}</h3>
      <ol className={styles.list}>
        {[...byDate].map(([date, events], i) => (
          <li key={date} id={`event-${i + 1}`} className={styles.item}>
            <span className={styles.marker} aria-hidden="true">
              {i + 1}
            </span>
            <div>
              <p className={styles.date}>
                <time dateTime={date}>{formatPartialDate(date, locale)}</time>
                {events[0]?.endDate && <>–{formatPartialDate(events[0].endDate, locale)}</>}
              </p>
              {events.map((e) => {
                const figure = e.figure && findFigure(series, e.figure.period, e.figure.partner, e.figure.flow);
                const cell = cells.get(e.id);
                return (
                  <div key={e.id}>
                    <p className={styles.title}>{e.title[locale]}</p>
                    {/* A div, not a p: the provenance popover is a div, which a p may not contain. */}
                    <div className={styles.text}>
                      {e.text[locale]}
                      {cell && (
                        <>
                          {" "}
                          {t.context.trade}:{" "}
                          {/* Bold by its class, not a <strong>: the popover beside the number is a div, which <strong> may not hold. */}
                          <ProvenanceRefButton className={provStyles.strong} provRef={refOf(cell.keyed, locale, LISTS_NO_SOURCES)} text={cell.text} />
                          .
                        </>
                      )}
                    </div>
                    <SourceLinks ids={[...e.sourceIds, ...(figure ? [figure.sourceId] : [])]} sources={data.sources} locale={locale} t={t} />
                  </div>
                );
              })}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
