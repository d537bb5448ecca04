import type { Source } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";

/** A figure's source, linked to its entry in the page's source list (works without JavaScript). */
export function SourceRef({ source, locale, label }: { source: Source; locale: Locale; label: string }) {
  return (
    <span>
      {label}:{" "}
      <a href={`#src-${source.id}`} data-source-id={source.id}>
        {source.publisher}, {formatPartialDate(source.published, locale)}
      </a>
    </span>
  );
}
