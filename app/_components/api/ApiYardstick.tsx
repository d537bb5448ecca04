import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import styles from "./ApiReference.module.css";

/** What partner=IDN and reporter=IDN are, and are not: the API page says it once, in the page's language. */
export function ApiYardstick({ locale }: { locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <section aria-labelledby="api-yardstick" className={styles.endpoint}>
      <h2 id="api-yardstick">{t.api.yardstick.heading}</h2>
      {t.api.yardstick.paragraphs.map((text) => (
        <p key={text}>
          {text.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}
        </p>
      ))}
    </section>
  );
}
