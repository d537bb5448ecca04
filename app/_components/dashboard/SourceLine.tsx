import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import { sourcePages } from "@/lib/source-pages";
import { sourceHref, sourceLabels, type SourceLookup } from "@/lib/view/provenance";
import { framedLink } from "@/lib/embed/links";
import styles from "./SourceLine.module.css";

type Props = { ids: readonly string[]; sources: SourceLookup; locale: Locale; t: Messages; onPage?: ReadonlySet<string>; framed?: boolean };

/**
 * "Source: …" under a figure or panel, one name per source page (ids of the same URL are one page);
 * each name jumps to the full entry in the page's source list. `framed`: in an embed, whose source
 * links open outside the frame.
 */
export function SourceLine({ ids, sources, locale, t, onPage, framed = false }: Props) {
  const list = sourcePages(
    ids.flatMap((id) => {
      const s = sources[id];
      return s ? [{ id, ...s }] : [];
    }),
  );
  if (list.length === 0) return null;
  const labels = sourceLabels(list);
  return (
    <p className={styles.sources} data-testid="source-line">
      {t.source}:{" "}
      {list.map((s, i) => {
        // The id the page's list holds, where it holds one of this page's ids.
        const target = s.ids.find((id) => onPage?.has(id)) ?? s.id;
        return (
          <span key={s.id}>
            {i > 0 && "; "}
            <a {...framedLink(sourceHref(target, locale, onPage), framed)} data-source-id={target}>
              {labels.get(s.id)} ({formatPartialDate(s.published, locale)})
            </a>
          </span>
        );
      })}
    </p>
  );
}
