import type { Source } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";

type Props = { ids: readonly string[]; sources: ReadonlyMap<string, Source>; locale: Locale; t: Messages };

/** "Source: ANTARA (Xinhua), 17 June 2025; …" linking each to the page's source list. */
export function SourceLinks({ ids, sources, locale, t }: Props) {
  const list = [...new Set(ids)].map((id) => sources.get(id)).filter((s): s is Source => Boolean(s));
  return (
    <p className="panel__sources">
      {t.source}:{" "}
      {list.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          <a href={`#src-${s.id}`} data-source-id={s.id}>
            {s.publisher}, {formatPartialDate(s.published, locale)}
          </a>
        </span>
      ))}
    </p>
  );
}
