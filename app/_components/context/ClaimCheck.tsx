import type { ClaimCheck as Check } from "@/lib/article/claims";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatDifference } from "@/lib/format/number";
import { messagesFor } from "@/lib/i18n/messages";
import { sourceLookup, LISTS_NO_SOURCES } from "@/lib/view/provenance";
import { claimMoney as money, claimRule, quoteGloss } from "@/lib/article/claim-words";
import { claimCells } from "@/lib/article/claim-provenance";
import { refOf } from "@/lib/view/provenance-keys";
import { ProvenanceRefButton } from "../ProvenanceRefButton";
import panelStyles from "../ui/panel.module.css";
import tableStyles from "../ui/table.module.css";
import styles from "./ClaimCheck.module.css";

/** Spelled out, not built from the verdict's name: each class is then seen to be used. */
const VERDICT: Record<Check["verdict"], string | undefined> = { matches: styles.matches, rounded: styles.rounded, differs: styles.differs };

/** The article's numbers beside the data's, with the difference, a verdict and the rule that gave it. */
export function ClaimCheck({ locale, data, checks }: { locale: Locale; data: Dataset; checks: readonly Check[] }) {
  const t = messagesFor(locale);
  const sources = sourceLookup(data.sources);
  const articleId = data.context.article.sourceId;
  return (
    <section className={`${panelStyles.panel} ${panelStyles.wide}`} aria-labelledby="claims-heading" id="claims">
      <h2 id="claims-heading">{t.claims.heading}</h2>
      <p>{t.claims.intro}</p>
      <div className={tableStyles.wrap} role="region" aria-label={`${t.claims.heading}: ${t.tabs.table}`} tabIndex={0}>
        <table className={`${tableStyles.table} ${styles.claims}`}>
          <thead>
            <tr>
              <th scope="col">{t.claims.figure}</th>
              <th scope="col" className={tableStyles.num}>
                {t.claims.claim}
              </th>
              <th scope="col" className={tableStyles.num}>
                {t.claims.data}
              </th>
              <th scope="col" className={tableStyles.num}>
                {t.claims.difference}
              </th>
              <th scope="col">{t.claims.verdict}</th>
              <th scope="col">{t.claims.rule}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => {
              const { name, stated, data: value } = claimCells(c, articleId, sources, locale);
              const gloss = quoteGloss(c, t, locale);
              return (
                <tr key={c.id} data-claim={c.id}>
                  <th scope="row">
                    {name}
                    {c.kind === "implied" && <span className={styles.implied}> ({t.claims.implied})</span>}
                    {c.quote && (
                      <span className={styles.quote}>
                        {" "}
                        <q lang="id">{c.quote}</q>
                        {gloss && <span> ({gloss})</span>}
                      </span>
                    )}
                  </th>
                  <td className={tableStyles.num} data-col="stated" data-label={t.claims.claim}>
                    <ProvenanceRefButton provRef={refOf(stated.keyed, locale, LISTS_NO_SOURCES)} text={stated.text} />
                  </td>
                  <td className={tableStyles.num} data-col="data" data-label={t.claims.data}>
                    <ProvenanceRefButton provRef={refOf(value.keyed, locale, LISTS_NO_SOURCES)} text={value.text} />
                  </td>
                  <td className={tableStyles.num} data-col="difference" data-label={t.claims.difference}>
                    {money(c, c.difference, locale, true)} ({formatDifference(c.relative, locale)})
                  </td>
                  <td data-col="verdict" data-label={t.claims.verdict}>
                    <span className={`${styles.verdict} ${VERDICT[c.verdict]}`}>{t.claims.verdicts[c.verdict]}</span>
                  </td>
                  <td data-col="rule" data-label={t.claims.rule} className={styles.rule}>
                    {claimRule(c, t, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        <a href={`/${locale}/check`}>{t.check.claimsLink}</a>
      </p>
    </section>
  );
}
