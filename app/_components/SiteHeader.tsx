import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { LangSwitch } from "./LangSwitch";
import { ThemeSwitch } from "./ThemeSwitch";
import styles from "./SiteHeader.module.css";

/** `search`: the query of a page rendered on request, kept by the language switch without JavaScript. */
export function SiteHeader({ locale, search }: { locale: Locale; search?: string }) {
  const t = messagesFor(locale);
  const other = locale === "id" ? "en" : "id";
  return (
    <header className={styles.header}>
      <a className={styles.skip} href="#main">
        {t.skipToContent}
      </a>
      <div className={styles.inner}>
        <p className={styles.title}>
          <a href={`/${locale}`}>{t.siteTitle}</a>
        </p>
        <nav aria-label={locale === "id" ? "Bahasa dan tema" : "Language and theme"} className={styles.nav}>
          <ThemeSwitch labels={{ theme: t.controls.theme, themeSystem: t.controls.themeSystem, themeLight: t.controls.themeLight, themeDark: t.controls.themeDark }} />
          <LangSwitch to={other} label={t.languageSwitchLabel} text={t.languageSwitch} serverSearch={search} />
        </nav>
      </div>
    </header>
  );
}
