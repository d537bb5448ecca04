import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";

/** The 404 text in one language, with a way back to the dashboard in that language. */
export function NotFoundView({ locale, heading: Heading = "h1" }: { locale: Locale; heading?: "h1" | "h2" }) {
  const t = messagesFor(locale);
  return (
    <section lang={locale} aria-labelledby={`nf-${locale}`}>
      <Heading id={`nf-${locale}`}>{t.notFound.heading}</Heading>
      <p>{t.notFound.text}</p>
      <p>
        <a href={`/${locale}`}>{t.notFound.back}</a>
      </p>
    </section>
  );
}
