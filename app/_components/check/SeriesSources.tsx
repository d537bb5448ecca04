import type { Locale } from "@/lib/format/locale";
import { sourceEntries, type SourceLookup } from "@/lib/view/provenance";

/** The sources of a value, each a link to its entry in the page's source list. */
export function SeriesSources({ ids, sources, locale }: { ids: readonly string[]; sources: SourceLookup; locale: Locale }) {
  const entries = sourceEntries(ids, sources, locale);
  return entries.map((s, i) => (
    <span key={s.id}>
      {i > 0 && "; "}
      <a href={`#src-${s.id}`}>{s.publisher}</a> ({s.date})
    </span>
  ));
}
