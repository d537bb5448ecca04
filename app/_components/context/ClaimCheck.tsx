import type { ClaimCheck as Check } from "@/lib/article/claims";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatDifference } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { sourceEntries, sourceLookup, type Provenance } from "@/lib/view/provenance";
import { claimDerivation, claimMoney as money, claimRule, quoteGloss } from "@/lib/article/claim-words";
import { ProvenanceButton } from "../ProvenanceButton";
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
        <table className={tableStyles.table}>
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
              const name = t.claims.names[c.id as keyof Messages["claims"]["names"]] ?? c.id;
              const stated = money(c, c.stated, locale);
              const value = money(c, c.data, locale);
              const gloss = quoteGloss(c, t, locale);
              const articleProv: Provenance = {
                heading: `${name}: ${stated}`,
                lines: c.quote
                  ? [{ label: t.claims.claim, value: `“${c.quote}”`, lang: "id" }]
                  : c.derivation
                    ? [{ label: t.provenance.derivation, value: claimDerivation(c.derivation, t, locale) }]
                    : [],
                sources: sourceEntries([articleId], sources, locale),
              };
              const dataProv: Provenance = {
                heading: `${name}: ${value}`,
                lines: c.id === "rate" ? [{ label: t.table.rate, value: t.claims.rateData }] : [],
                sources: sourceEntries(c.sourceIds, sources, locale),
              };
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
                  <td className={tableStyles.num} data-col="stated">
                    <ProvenanceButton provenance={articleProv} label={fill(t.provenance.open, { value: stated })} closeText={t.provenance.close}>
                      {stated}
                    </ProvenanceButton>
                  </td>
                  <td className={tableStyles.num} data-col="data">
                    <ProvenanceButton provenance={dataProv} label={fill(t.provenance.open, { value })} closeText={t.provenance.close}>
                      {value}
                    </ProvenanceButton>
                  </td>
                  <td className={tableStyles.num} data-col="difference">
                    {money(c, c.difference, locale, true)} ({formatDifference(c.relative, locale)})
                  </td>
                  <td data-col="verdict">
                    <span className={`${styles.verdict} ${VERDICT[c.verdict]}`}>{t.claims.verdicts[c.verdict]}</span>
                  </td>
                  <td data-col="rule" className={styles.rule}>
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
