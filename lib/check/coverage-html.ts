import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { CheckVerdict } from "@/lib/schema/api-check";
import { escapeHtml } from "@/lib/view/plain-table";
import { sourceEntries, sourceHref, type SourceLookup } from "@/lib/view/provenance";
import type { Coverage, CoverageClass, CoverageRow } from "./coverage";

/**
 * The coverage page's list as one HTML string: 157 sentences and 414 verdicts, all static. As a
 * React tree it went to the reader twice, as HTML and element by element in the RSC payload (half
 * the page's gzipped weight); as a string, the payload carries it once more as plain text, which
 * weighs a fifth less, and the browser hydrates one element instead of thousands.
 */

/** The page's class names (CSS module classes, so the caller's), and the "no data" verdict's own. */
export type CoverageListClasses = {
  row?: string;
  sentence?: string;
  source?: string;
  figuresLabel?: string;
  figures?: string;
  class: Record<CoverageClass, string>;
  noData?: string;
};

const classAttr = (name: string | undefined) => (name ? ` class="${escapeHtml(name)}"` : "");

/** The page lists no sources itself: each links to its entry on the sources page, which has them all. */
const NONE_ON_PAGE: ReadonlySet<string> = new Set();

/** The claim check's verdict badge: its global classes and words; "no data" is the checker's own. */
function verdictHtml(verdict: CheckVerdict, label: string, noData: string | undefined): string {
  const cls = verdict === "no-data" ? `verdict ${noData ?? ""}`.trim() : `verdict verdict--${verdict}`;
  return `<span${classAttr(cls)}>${escapeHtml(label)}</span>`;
}

function rowHtml(row: CoverageRow, locale: Locale, sources: SourceLookup, classes: CoverageListClasses): string {
  const t = messagesFor(locale);
  const c = t.check.coverage;
  const lang = escapeHtml(row.lang);
  const cited = sourceEntries([row.sourceId], sources, locale)
    .map((s) => `<a href="${escapeHtml(sourceHref(s.id, locale, NONE_ON_PAGE))}">${escapeHtml(s.publisher)}</a> (${escapeHtml(s.date)})`)
    .join("; ");
  const figures = row.answer.claims
    .map((claim, i) => {
      const cls = row.classes[i] ?? "none";
      return (
        `<li data-class="${cls}">${verdictHtml(claim.verdict, t.claims.verdicts[claim.verdict], classes.noData)} <q lang="${lang}">${escapeHtml(claim.quote)}</q>: ` +
        `<span${classAttr(classes.class[cls])}>${escapeHtml(c.classes[cls])}</span>. ${escapeHtml(row.briefs[i] ?? "")}</li>`
      );
    })
    .join("");
  return (
    `<li${classAttr(classes.row)} data-source="${escapeHtml(row.sourceId)}">` +
    `<blockquote${classAttr(classes.sentence)} lang="${lang}">${escapeHtml(row.sentence)}</blockquote>` +
    `<p${classAttr(classes.source)}>${cited} · <a href="${escapeHtml(row.link)}">${escapeHtml(c.open)}</a></p>` +
    // A visible label just before the list, not aria-label: screen readers read a list's name inconsistently.
    `<p${classAttr(classes.figuresLabel)}>${escapeHtml(c.figures)}</p>` +
    `<ul${classAttr(classes.figures)}>${figures}</ul></li>`
  );
}

/**
 * Each source's supporting sentence with the checker's verdict on every figure in it, and whose
 * figure it turned out to be: China's, a partner's (or another source's), neither, or unknown. The
 * items of the page's <ol>.
 */
export function coverageListHtml(coverage: Coverage, locale: Locale, sources: SourceLookup, classes: CoverageListClasses): string {
  return coverage.rows.map((row) => rowHtml(row, locale, sources, classes)).join("");
}
