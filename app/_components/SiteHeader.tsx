import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = messagesFor(locale);
  const other = locale === "id" ? "en" : "id";
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="site-header__inner">
        <p className="site-title">
          <a href={`/${locale}`}>{t.siteTitle}</a>
        </p>
        <nav aria-label={locale === "id" ? "Bahasa" : "Language"}>
          <a href={`/${other}`} hrefLang={other} lang={other} aria-label={t.languageSwitchLabel} className="lang-switch">
            {t.languageSwitch}
          </a>
        </nav>
      </div>
    </header>
  );
}
