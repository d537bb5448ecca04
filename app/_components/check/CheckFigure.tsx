import { differenceText } from "@/lib/check/words";
import type { Locale } from "@/lib/format/locale";
import { formatDifference } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { div, parseDecimal } from "@/lib/money/ratio";
import type { CheckClaimJson } from "@/lib/schema/api-check";
import type { SourceLookup } from "@/lib/view/provenance";
import panelStyles from "../ui/panel.module.css";
import styles from "./CheckFigure.module.css";
import { SeriesSources } from "./SeriesSources";
import { Verdict } from "./Verdict";

type Props = { n: number; claim: CheckClaimJson; locale: Locale; t: Messages; sources: SourceLookup; textLang: string; children: React.ReactNode };

/**
 * One figure of the text: the verdict and its one-line summary, the figure as written beside the
 * data's value and its source, the difference, the rule, the other series, and (as `children`) how
 * it was read, for the reader to correct.
 */
export function CheckFigure({ n, claim: c, locale, t, sources, textLang, children }: Props) {
  const headingId = `figure${n}-heading`;
  const data = c.data;
  const diff = c.difference === null ? null : parseDecimal(c.difference);
  const money = c.kind === "level" || c.kind === "change";
  const relative = diff && data && money && parseDecimal(data.value).num !== 0n ? ` (${formatDifference(div(diff, parseDecimal(data.value)), locale)})` : "";
  return (
    <section className={`${panelStyles.panel} ${styles.figure}`} aria-labelledby={headingId} data-figure={n} data-verdict={c.verdict}>
      <h2 id={headingId} className={styles.heading}>
        {fill(t.check.figureHeading, { n, quote: "" })}
        <q lang={textLang} className={styles.quote}>
          {c.quote}
        </q>
      </h2>
      <p className={styles.summary} data-testid={`summary-${n}`}>
        {c.summary}
      </p>
      <dl className={styles.values}>
        <dt>{t.check.verdict}</dt>
        <dd data-col="verdict">
          <Verdict verdict={c.verdict} t={t} />
        </dd>
        <dt>{t.check.stated}</dt>
        <dd data-col="stated">{c.statedText}</dd>
        {data && (
          <>
            <dt>{t.check.data}</dt>
            <dd data-col="data">
              {data.valueText} <span className={styles.source}>({data.label})</span>
            </dd>
            <dt>{t.check.source}</dt>
            <dd className={styles.source}>
              <SeriesSources ids={data.sourceIds} sources={sources} locale={locale} />
            </dd>
          </>
        )}
        {diff && (
          <>
            <dt>{t.check.difference}</dt>
            <dd data-col="difference">
              {differenceText(c.kind, diff, c.currency, t, locale)}
              {relative}
            </dd>
          </>
        )}
        <dt>{t.check.rule}</dt>
        <dd data-col="rule">{c.rule}</dd>
      </dl>
      {c.otherSeries.length > 0 && (
        <>
          <h3>{t.check.otherSeries}</h3>
          <ul className={styles.others}>
            {c.otherSeries.map((o) => (
              <li key={`${o.series}-${o.label}`}>
                <Verdict verdict={o.verdict} t={t} /> {o.label}: {o.valueText}{" "}
                <span className={styles.source}>
                  (<SeriesSources ids={o.sourceIds} sources={sources} locale={locale} />)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {c.why && (
        <p className={styles.why}>
          {c.why} <a href={`/${locale}#sources-disagree`}>{t.check.why}</a>
        </p>
      )}
      {children}
    </section>
  );
}
