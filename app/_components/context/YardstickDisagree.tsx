import { Fragment, type ReactNode } from "react";
import { yardstickMirror } from "@/lib/article/disagree";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatDecimal, formatMoney } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { provenanceLabel, rowProvenance, sourceLookup } from "@/lib/view/provenance";
import type { FigureRow } from "@/lib/view/rows";
import { ProvenanceButton } from "../ProvenanceButton";

/**
 * Indonesia's own statistics (BPS) beside China's figures for the same flow and year, where both
 * exist: the yardstick's figures disagree as the five's do. Each number opens its provenance.
 */
export function YardstickDisagree({ locale, data, className }: { locale: Locale; data: Dataset; className?: string }) {
  const t = messagesFor(locale);
  const lookup = sourceLookup(data.sources);
  const money = (r: FigureRow, heading: string) => {
    const text = r.value ? formatMoney(r.value, "USD", locale) : "";
    return (
      <ProvenanceButton provenance={rowProvenance(r, `${heading}: ${text}`, { locale, t }, lookup)} label={provenanceLabel(t, text)} closeText={t.provenance.close}>
        {text}
      </ProvenanceButton>
    );
  };
  return yardstickMirror(data).map((m) => {
    const country = t.partners[m.country];
    const parts: Record<string, ReactNode> = {
      country,
      year: m.year,
      chinaFlow: fill(t.disagree.chinaFlows[m.chinaFlow], { country }),
      china: money(m.china, `${t.reporters.CHN}, ${country}, ${m.year}`),
      own: t.reporters[m.country],
      ownFlow: t.disagree.ownFlows[m.ownFlow],
      theirs: money(m.own, `${t.reporters[m.country]}, ${m.year}`),
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
