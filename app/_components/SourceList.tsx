import type { Source } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";

type Props = { locale: Locale; ids: readonly string[]; sources: ReadonlyMap<string, Source>; heading?: "h1" | "h2" };

/** The sources cited on the page; each figure's source link jumps to its entry here. */
export function SourceList({ locale, ids, sources, heading: Heading = "h2" }: Props) {
  const t = messagesFor(locale);
  const cited = [...new Set(ids)].map((id) => sources.get(id)).filter((s): s is Source => Boolean(s));
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <Heading id="sources-heading">{t.sources}</Heading>
      <p>{t.sourcesIntro}</p>
      <ol className="sources__list">
        {cited.map((s) => (
          <li key={s.id} id={`src-${s.id}`} tabIndex={-1}>
            <span className="sources__publisher">{s.publisher}</span>
            {", "}
            <a href={s.url} rel="noopener noreferrer" lang={s.id.startsWith("antara") ? "id" : "en"}>
              {s.title}
            </a>
            {", "}
            <span>{formatPartialDate(s.published, locale)}</span> <code className="sources__id">{s.id}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
