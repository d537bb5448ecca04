import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";

/** The 404 text in one language, with a way back to the dashboard in that language. */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = messagesFor(locale);
  return (
    <section lang={locale} aria-labelledby={`nf-${locale}`}>
      <h1 id={`nf-${locale}`}>{t.notFound.heading}</h1>
      <p>{t.notFound.text}</p>
      <p>
        <a href={`/${locale}`}>{t.notFound.back}</a>
      </p>
    </section>
  );
}
