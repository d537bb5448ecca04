import { RECORD_PATHS } from "@/lib/api/record-paths";
import type { Source } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import styles from "./SiteFooter.module.css";

export function SiteFooter({ locale, sources }: { locale: Locale; sources: ReadonlyMap<string, Source> }) {
  const t = messagesFor(locale);
  const article = sources.get("antara-2025-06-17");
  return (
    <footer className={styles.footer}>
      <p>{t.customsView}</p>
      <p>{t.footerNote}</p>
      {article && (
        <p>
          {fill(t.articleCredit, { date: formatPartialDate(article.published, locale) })}{" "}
          <a href={article.url} rel="noopener noreferrer" hrefLang="id">
            {t.articleLink}
          </a>
        </p>
      )}
      <p>
        <a href={`/${locale}/api`}>{t.apiLink}</a> · {/* A JSON document, not a page: a plain link. */}
        { }
        <a href="/api/openapi.json">OpenAPI</a> · <a href={`/${locale}/sources`}>{t.sources}</a> · <a href={`/${locale}/goods`}>{t.goods.footerLink}</a> · <a href={`/${locale}/check`}>{t.check.footerLink}</a>
      </p>
      <p>
        {/* The whole record as files: plain links (a CSV download and a JSON document). */}
        <a href={RECORD_PATHS.csv}>{t.recordLink}</a> · <a href={RECORD_PATHS.datapackage}>{t.dataPackageLink}</a>
      </p>
    </footer>
  );
}
