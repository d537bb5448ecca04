import type { Source } from "@/lib/data/types";
import { formatDecimal } from "@/lib/format/number";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { ratio } from "@/lib/money/ratio";
import { siteUrl } from "@/lib/site-url";
import { sourcePages } from "@/lib/source-pages";

type Props = { locale: Locale; ids: readonly string[]; sources: ReadonlyMap<string, Source> };

/**
 * Where the dashboard's sources are: on the sources page, one link away. Listing them here as well
 * sent the plain page's whole content twice more with the dashboard (as HTML and again in React's
 * payload), a third of its weight; every source link on the page goes to its entry there instead.
 */
export function SourcesElsewhere({ locale, ids, sources }: Props) {
  const t = messagesFor(locale);
  const list = `/${locale}/sources`;
  const site = siteUrl();
  const count = sourcePages(ids.map((id) => sources.get(id)).filter((s): s is Source => Boolean(s))).length;
  const [before = "", after = ""] = t.sourcesElsewhere.replace("{count}", formatDecimal(ratio(BigInt(count)), locale, { max: 0 })).split("{list}");
  return (
    <section aria-labelledby="sources-heading" data-testid="sources-elsewhere">
      <h2 id="sources-heading">{t.sources}</h2>
      <p>
        {before}
        {/* On paper the page's source links lead nowhere: the list's address is printed after its name. */}
        <a href={list} data-print-href={site ? new URL(list, site).href : list}>
          {t.sourcesListLink}
        </a>
        {after}
      </p>
    </section>
  );
}
