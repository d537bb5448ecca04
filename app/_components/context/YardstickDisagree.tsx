import { Fragment, type ReactNode } from "react";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatDecimal } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { yardstickMirrorCells } from "@/lib/article/disagree-provenance";
import { refOf, type ProvenanceCell } from "@/lib/view/provenance-keys";
import { ProvenanceRefButton } from "../ProvenanceRefButton";
import { LISTS_NO_SOURCES } from "@/lib/view/provenance";

/**
 * Indonesia's own statistics (BPS) beside China's figures for the same flow and year, where both
 * exist: the yardstick's figures disagree as the five's do. Each number opens its provenance.
 */
export function YardstickDisagree({ locale, data, className }: { locale: Locale; data: Dataset; className?: string }) {
  const t = messagesFor(locale);
  const money = (cell: ProvenanceCell) => <ProvenanceRefButton provRef={refOf(cell.keyed, locale, LISTS_NO_SOURCES)} text={cell.text} />;
  return yardstickMirrorCells(data, locale).map((m) => {
    const country = t.partners[m.country];
    const parts: Record<string, ReactNode> = {
      country,
      year: m.year,
      chinaFlow: fill(t.disagree.chinaFlows[m.chinaFlow], { country }),
      china: money(m.chinaCell),
      own: t.reporters[m.country],
      ownFlow: t.disagree.ownFlows[m.ownFlow],
      theirs: money(m.ownCell),
      gap: formatDecimal(m.gap, locale, { min: 1, max: 1 }),
    };
    return (
      // A div, not a p: the provenance popovers are divs.
      <div key={`${m.country}-${m.year}-${m.ownFlow}`} data-mirror={`${m.country}-${m.ownFlow}`} className={className}>
        {t.disagree.yardstick.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? <Fragment key={i}>{parts[piece] ?? `{${piece}}`}</Fragment> : piece))}
      </div>
    );
  });
}
