import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { SourceLinks } from "./SourceLinks";
import panelStyles from "../ui/panel.module.css";
import styles from "./Experts.module.css";

/** Three experts: name, affiliation, their view in our words, and one short phrase quoted from the article. */
export function Experts({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const experts = data.context.experts;
  return (
    <article className={`${panelStyles.panel} ${panelStyles.wide}`} aria-labelledby="panel-experts">
      <h3 id="panel-experts">{t.context.experts}</h3>
      <ul className={styles.experts}>
        {experts.map((e) => (
          <li key={e.id} className={styles.expert}>
            <p className={styles.name} data-testid="expert-name">{e.name}</p>
            <p className={styles.affiliation}>{e.affiliation[locale]}</p>
            <p>{e.view[locale]}</p>
            <blockquote className={styles.quote}>
              <p>
                <q lang={e.quote.lang}>{e.quote.text}</q>
                {locale === "en" && (
                  <>
                    {" "}
                    ({t.context.translation}: “{e.quote.en}”)
                  </>
                )}
              </p>
              <footer>
                — {e.name}, <cite>ANTARA/Xinhua</cite>
              </footer>
            </blockquote>
          </li>
        ))}
      </ul>
      <p className={styles.note}>{t.context.quoteNote}</p>
      <SourceLinks ids={experts.map((e) => e.sourceId)} sources={data.sources} locale={locale} t={t} />
    </article>
  );
}
