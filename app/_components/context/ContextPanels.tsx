import type { Dataset } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { Experts } from "./Experts";
import { SourceLinks } from "./SourceLinks";
import { Timeline } from "./Timeline";
import panelStyles from "../ui/panel.module.css";
import styles from "./ContextPanels.module.css";

type Props = { locale: Locale; data: Dataset };

/** The article's story in our own words: summits, the Belt and Road, the talks and the experts. */
export function ContextPanels({ locale, data }: Props) {
  const t = messagesFor(locale);
  const { context } = data;
  const article = data.sources.get(context.article.sourceId);
  const summits = context.events.filter((e) => e.id === "xian-2023" || e.id === "astana-2025");
  const belt2013 = context.events.find((e) => e.id === "belt-2013");
  return (
    <section className={styles.context} aria-labelledby="context-heading">
      <h2 id="context-heading">{t.context.heading}</h2>
      <p className={styles.intro}>{t.context.intro}</p>
      {article && (
        <p className={styles.credit} data-testid="context-credit">
          {fill(t.context.creditLine, {
            title: article.title,
            date: formatPartialDate(context.article.published, locale),
            reporter: context.article.reporter,
            editor: context.article.editor,
          })}{" "}
          <a href={article.url} rel="noopener noreferrer" hrefLang="id">
            {t.articleLink}
          </a>
        </p>
      )}
      <div className={styles.grid}>
        <article className={panelStyles.panel} aria-labelledby="panel-summits">
          <h3 id="panel-summits">{t.context.summits}</h3>
          {summits.map((e) => (
            <div key={e.id}>
              <h4>
                {e.title[locale]} <span className={panelStyles.muted}>{formatPartialDate(e.date, locale)}</span>
              </h4>
              <p>{e.text[locale]}</p>
              <SourceLinks ids={e.sourceIds} sources={data.sources} locale={locale} t={t} />
            </div>
          ))}
        </article>
        <article className={panelStyles.panel} aria-labelledby="panel-belt">
          <h3 id="panel-belt">{t.context.belt}</h3>
          {belt2013 && (
            <div>
              <h4>
                {belt2013.title[locale]} <span className={panelStyles.muted}>{formatPartialDate(belt2013.date, locale)}</span>
              </h4>
              <p>{belt2013.text[locale]}</p>
            </div>
          )}
          <p>{context.belt.text[locale]}</p>
          <SourceLinks ids={[...(belt2013?.sourceIds ?? []), ...context.belt.sourceIds]} sources={data.sources} locale={locale} t={t} />
        </article>
        <article className={panelStyles.panel} aria-labelledby="panel-talks">
          <h3 id="panel-talks">{fill(t.context.talks, { date: formatPartialDate(context.talks.date, locale) })}</h3>
          <p>{t.context.talksIntro}</p>
          <ul>
            {context.talks.items.map((item) => (
              <li key={item.en}>{item[locale]}</li>
            ))}
          </ul>
          <SourceLinks ids={context.talks.sourceIds} sources={data.sources} locale={locale} t={t} />
        </article>
        <Experts locale={locale} data={data} />
      </div>
      <Timeline locale={locale} data={data} />
    </section>
  );
}
