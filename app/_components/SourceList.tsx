import type { Source } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { sourcePages } from "@/lib/source-pages";
import styles from "./SourceList.module.css";

type Props = { locale: Locale; ids: readonly string[]; sources: ReadonlyMap<string, Source>; heading?: "h1" | "h2" };

/**
 * The sources cited on the page, one entry per source page (ids of the same URL are one page);
 * each figure's source link jumps to its entry here, by any of the page's ids.
 */
export function SourceList({ locale, ids, sources, heading: Heading = "h2" }: Props) {
  const t = messagesFor(locale);
  const cited = sourcePages(ids.map((id) => sources.get(id)).filter((s): s is Source => Boolean(s)));
  return (
    <section aria-labelledby="sources-heading">
      <Heading id="sources-heading">{t.sources}</Heading>
      <p>{t.sourcesIntro}</p>
      <ol className={styles.list} data-testid="source-list">
        {cited.map((s) => (
          <li key={s.id} id={`src-${s.id}`} tabIndex={-1}>
            {/* The entry's other ids land on its top, not on their tag at its end (a phone cut the entry off). */}
            {s.ids.slice(1).map((id) => (
              <span key={id} id={`src-${id}`} tabIndex={-1} />
            ))}
            <span className={styles.publisher}>{s.publisher}</span>
            {", "}
            <a href={s.url} rel="noopener noreferrer" lang={s.id.startsWith("antara") ? "id" : "en"}>
              {s.titles.join("; ")}
            </a>
            {", "}
            <span>{formatPartialDate(s.published, locale)}</span> <code className={styles.id}>{s.id}</code>
            {s.ids.slice(1).map((id) => (
              <span key={id}>
                {", "}
                <code className={styles.id}>{id}</code>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
