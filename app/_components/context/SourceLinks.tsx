import type { Source } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import { sourceLookup } from "@/lib/view/provenance";
import { SourceLine } from "../dashboard/SourceLine";

type Props = { ids: readonly string[]; sources: ReadonlyMap<string, Source>; locale: Locale; t: Messages };

/** The same "Source: …" line as under each figure, for the server-rendered panels. */
export function SourceLinks({ ids, sources, locale, t }: Props) {
  return <SourceLine ids={ids} sources={sourceLookup(sources)} locale={locale} t={t} />;
}
