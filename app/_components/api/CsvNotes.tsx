import { RECORD_PATHS } from "@/lib/api/record-paths";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import styles from "./ApiReference.module.css";
import { WithCode } from "./WithCode";

/** The whole record's two files, and the rules every CSV the site serves follows. */
export function CsvNotes({ locale }: { locale: Locale }) {
  const t = messagesFor(locale).api;
  // "{csv}" and "{datapackage}" become links; the sentence around them stays the language's own.
  const parts = t.record.intro.split(/\{(csv|datapackage)\}/);
  return (
    <>
      <section aria-labelledby="api-record" className={styles.endpoint}>
        <h2 id="api-record">{t.record.heading}</h2>
        <p>
          {parts.map((part, i) =>
            part === "csv" || part === "datapackage" ? (
              // Files, not pages: plain links.
              <a key={i} href={RECORD_PATHS[part]}>
                {RECORD_PATHS[part]}
              </a>
            ) : (
              part
            ),
          )}
        </p>
      </section>
      <section aria-labelledby="api-csv" className={styles.endpoint}>
        <h2 id="api-csv">{t.csv.heading}</h2>
        <p>
          <WithCode text={t.csv.columns} />
        </p>
        <p>{t.csv.text}</p>
        <p>{t.csv.exact}</p>
      </section>
    </>
  );
}
