import type { ClaimCheck } from "@/lib/article/claims";
import { claimDerivation, claimMoney } from "@/lib/article/claim-words";
import type { Locale } from "@/lib/format/locale";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { sourceEntries, type SourceLookup } from "@/lib/view/provenance";
import { keyed, type ProvenanceCell } from "@/lib/view/provenance-keys";

/** One row of the claim check: the claim's name, and the article's number and the data's, each with its provenance. */
export type ClaimCells = { name: string; stated: ProvenanceCell; data: ProvenanceCell };

export function claimCells(c: ClaimCheck, articleId: string, sources: SourceLookup, locale: Locale): ClaimCells {
  const t = messagesFor(locale);
  const name = t.claims.names[c.id as keyof Messages["claims"]["names"]] ?? c.id;
  const stated = claimMoney(c, c.stated, locale);
  const value = claimMoney(c, c.data, locale);
  return {
    name,
    stated: {
      text: stated,
      keyed: keyed(`claim/${c.id}/stated`, {
        heading: `${name}: ${stated}`,
        // The article's own words are Indonesian on either page.
        lines: c.quote
          ? [{ label: t.claims.claim, value: `“${c.quote}”`, lang: "id" }]
          : c.derivation
            ? [{ label: t.provenance.derivation, value: claimDerivation(c.derivation, t, locale) }]
            : [],
        sources: sourceEntries([articleId], sources, locale),
      }),
    },
    data: {
      text: value,
      keyed: keyed(`claim/${c.id}/data`, {
        heading: `${name}: ${value}`,
        lines: c.id === "rate" ? [{ label: t.table.rate, value: t.claims.rateData }] : [],
        sources: sourceEntries(c.sourceIds, sources, locale),
      }),
    },
  };
}
