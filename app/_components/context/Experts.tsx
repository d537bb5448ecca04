import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { SourceLinks } from "./SourceLinks";

/** Three experts: name, affiliation, their view in our words, and one short phrase quoted from the article. */
export function Experts({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const experts = data.context.experts;
  return (
    <article className="panel panel--wide" aria-labelledby="panel-experts">
      <h3 id="panel-experts">{t.context.experts}</h3>
      <ul className="experts">
        {experts.map((e) => (
          <li key={e.id} className="expert">
            <p className="expert__name">{e.name}</p>
            <p className="expert__affiliation">{e.affiliation[locale]}</p>
            <p>{e.view[locale]}</p>
            <blockquote className="expert__quote">
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
      <p className="panel__note">{t.context.quoteNote}</p>
      <SourceLinks ids={experts.map((e) => e.sourceId)} sources={data.sources} locale={locale} t={t} />
    </article>
  );
}
