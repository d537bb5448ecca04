import type { Coverage } from "@/lib/check/coverage";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import type { SourceLookup } from "@/lib/view/provenance";
import panelStyles from "../ui/panel.module.css";
import styles from "./CoverageList.module.css";
import { SeriesSources } from "./SeriesSources";
import { Verdict } from "./Verdict";

/** Written out, not built from the name, so the CSS check sees every class used. */
const CLASS_STYLE = { china: styles["class--china"], partner: styles["class--partner"], neither: styles["class--neither"], none: styles["class--none"] } as const;

/**
 * Each source's supporting sentence with the checker's verdict on every figure in it, and whose
 * figure it turned out to be: China's, a partner's (or another source's), neither, or unknown.
 */
export function CoverageList({ locale, coverage, sources }: { locale: Locale; coverage: Coverage; sources: SourceLookup }) {
  const t = messagesFor(locale);
  const c = t.check.coverage;
  const { counts } = coverage;
  return (
    <>
      <p className={styles.counts} data-testid="coverage-counts">
        {fill(c.counts, { sentences: coverage.rows.length, figures: coverage.figures, china: counts.china, partner: counts.partner, neither: counts.neither, none: counts.none })}
      </p>
      <p>{fill(c.skipped, { count: coverage.skipped })}</p>
      <ol className={styles.list}>
        {coverage.rows.map((row) => (
          <li key={row.sourceId} className={`${panelStyles.panel} ${styles.row}`} data-source={row.sourceId}>
            <blockquote className={styles.sentence} lang={row.lang}>
              {row.sentence}
            </blockquote>
            <p className={styles.source}>
              <SeriesSources ids={[row.sourceId]} sources={sources} locale={locale} /> · <a href={row.link}>{c.open}</a>
            </p>
            {/* A visible label just before the list, not aria-label: screen readers read a list's name inconsistently. */}
            <p className={styles.figuresLabel}>{c.figures}</p>
            <ul className={styles.figures}>
              {row.answer.claims.map((claim, i) => {
                const cls = row.classes[i] ?? "none";
                return (
                  <li key={i} data-class={cls}>
                    <Verdict verdict={claim.verdict} t={t} /> <q lang={row.lang}>{claim.quote}</q>:{" "}
                    <span className={`${styles.class} ${CLASS_STYLE[cls]}`}>{c.classes[cls]}</span>. {row.briefs[i]}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
