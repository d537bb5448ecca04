import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import { sourceHref, sourceLabels, type SourceLookup } from "@/lib/view/provenance";
import { framedLink } from "@/lib/embed/links";


/** `framed`: in an embed, whose source links open outside the frame. */
type Props = { ids: readonly string[]; sources: SourceLookup; locale: Locale; t: Messages; onPage?: ReadonlySet<string>; framed?: boolean };

/** "Source: …" under a figure or panel; each name jumps to the full entry in the page's source list. */
export function SourceLine({ ids, sources, locale, t, onPage, framed = false }: Props) {
  const list = [...new Set(ids)].flatMap((id) => {
    const s = sources[id];
    return s ? [{ id, ...s }] : [];
  });
  if (list.length === 0) return null;
  const labels = sourceLabels(list);
  return (
    <p className="figure__sources">
      {t.source}:{" "}
      {list.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          <a {...framedLink(sourceHref(s.id, locale, onPage), framed)} data-source-id={s.id}>
            {labels.get(s.id)} ({formatPartialDate(s.published, locale)})
          </a>
        </span>
      ))}
    </p>
  );
}
