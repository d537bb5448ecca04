import { checkClaims } from "@/lib/article/claims";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import type { ProvenancePage } from "@/lib/schema/provenance";
import { headlineData } from "@/lib/view/headline-view";
import { headlineProvenance } from "@/lib/view/headline-variants";
import { claimCells } from "./claim-provenance";
import { disagreeProvenance } from "./disagree-provenance";
import { goodsProvenance } from "@/lib/view/goods-provenance";
import { sourceLookup } from "@/lib/view/provenance";
import { provenanceMap, type Keyed, type ProvenanceMap } from "@/lib/view/provenance-keys";
import { eventCells } from "@/lib/view/timeline-provenance";
import { ytdPanel, ytdProvenance } from "@/lib/view/year-so-far";

/**
 * Every server-rendered number on the dashboard that opens its provenance, built by the functions
 * its sections render from: the headline's five versions, the claim check, the year so far, the
 * timeline and "Why sources disagree". Every copy of the dashboard (/id, /id?currency=IDR, …)
 * renders the same numbers, so they share one map per language.
 */
export function dashboardProvenance(data: Dataset, locale: Locale): Keyed[] {
  const sources = sourceLookup(data.sources);
  return [
    ...headlineProvenance(headlineData(data), locale),
    ...checkClaims(data).flatMap((c) => {
      const cells = claimCells(c, data.context.article.sourceId, sources, locale);
      return [cells.stated.keyed, cells.data.keyed];
    }),
    ...ytdProvenance(ytdPanel(data.observations, data, sources, locale)),
    ...[...eventCells(data, locale).values()].map((c) => c.keyed),
    ...disagreeProvenance(data, locale),
  ];
}

const PAGES: Record<ProvenancePage, (data: Dataset, locale: Locale) => Keyed[]> = { dashboard: dashboardProvenance, goods: goodsProvenance };

/** A page's map, as GET /{lang}/provenance/{page} serves it. */
export const pageProvenance = (page: ProvenancePage, data: Dataset, locale: Locale): ProvenanceMap => provenanceMap(PAGES[page](data, locale));

/** Where a page's numbers load their map from. */
export const provenanceUrl = (page: ProvenancePage, locale: Locale): string => `/${locale}/provenance/${page}`;
