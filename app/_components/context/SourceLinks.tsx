import type { Source } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import { LISTS_NO_SOURCES, sourceLookup } from "@/lib/view/provenance";
import { SourceLine } from "../dashboard/SourceLine";

type Props = { ids: readonly string[]; sources: ReadonlyMap<string, Source>; locale: Locale; t: Messages };

/**
 * The same "Source: …" line as under each figure, for the server-rendered panels. They are on the
 * dashboard only, which lists no sources (#27): each name opens its entry on the sources page.
 */
export function SourceLinks({ ids, sources, locale, t }: Props) {
  return <SourceLine ids={ids} sources={sourceLookup(sources)} locale={locale} t={t} onPage={LISTS_NO_SOURCES} />;
}
