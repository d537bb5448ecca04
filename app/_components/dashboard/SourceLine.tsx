import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import { sourcePages } from "@/lib/source-pages";
import { sourceHref, sourceLabels, type SourceLookup } from "@/lib/view/provenance";

type Props = { ids: readonly string[]; sources: SourceLookup; locale: Locale; t: Messages; onPage?: ReadonlySet<string> };

/**
 * "Source: …" under a figure or panel, one name per source page (ids of the same URL are one page);
 * each name jumps to the full entry in the page's source list.
 */
export function SourceLine({ ids, sources, locale, t, onPage }: Props) {
  const list = sourcePages(
    ids.flatMap((id) => {
      const s = sources[id];
      return s ? [{ id, ...s }] : [];
    }),
  );
  if (list.length === 0) return null;
  const labels = sourceLabels(list);
  return (
    <p className="figure__sources">
      {t.source}:{" "}
      {list.map((s, i) => {
        // The id the page's list holds, where it holds one of this page's ids.
        const target = s.ids.find((id) => onPage?.has(id)) ?? s.id;
        return (
          <span key={s.id}>
            {i > 0 && "; "}
            <a href={sourceHref(target, locale, onPage)} data-source-id={target}>
              {labels.get(s.id)} ({formatPartialDate(s.published, locale)})
            </a>
          </span>
        );
      })}
    </p>
  );
}
