import { coverageListHtml } from "@/lib/check/coverage-html";
import type { Coverage } from "@/lib/check/coverage";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import type { SourceLookup } from "@/lib/view/provenance";
import panelStyles from "../ui/panel.module.css";
import verdictStyles from "./Verdict.module.css";
import styles from "./CoverageList.module.css";

/** Written out, not built from the name, so the CSS check sees every class used. */
const CLASSES = {
  row: `${panelStyles.panel} ${styles.row}`,
  sentence: styles.sentence,
  source: styles.source,
  figuresLabel: styles.figuresLabel,
  figures: styles.figures,
  class: {
    china: `${styles.class} ${styles["class--china"]}`,
    partner: `${styles.class} ${styles["class--partner"]}`,
    neither: `${styles.class} ${styles["class--neither"]}`,
    none: `${styles.class} ${styles["class--none"]}`,
  },
  noData: verdictStyles.noData,
};

/**
 * The counts, then each source's supporting sentence with the checker's verdict on every figure in
 * it. The list is static text, sent as one HTML string (lib/check/coverage-html says why).
 */
export function CoverageList({ locale, coverage, sources }: { locale: Locale; coverage: Coverage; sources: SourceLookup }) {
  const c = messagesFor(locale).check.coverage;
  const { counts } = coverage;
  return (
    <>
      <p className={styles.counts} data-testid="coverage-counts">
        {fill(c.counts, { sentences: coverage.rows.length, figures: coverage.figures, china: counts.china, partner: counts.partner, neither: counts.neither, none: counts.none })}
      </p>
      <p>{fill(c.skipped, { count: coverage.skipped })}</p>
      <ol className={styles.list} dangerouslySetInnerHTML={{ __html: coverageListHtml(coverage, locale, sources, CLASSES) }} />
    </>
  );
}
