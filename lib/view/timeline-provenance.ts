import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatMoney } from "@/lib/format/number";
import { messagesFor } from "@/lib/i18n/messages";
import { toPoint } from "@/lib/trade/points";
import { displaySeries, findFigure } from "@/lib/trade/series";
import { rowProvenance, sourceLookup } from "./provenance";
import { keyed, type ProvenanceCell } from "./provenance-keys";
import { rowFromPoint } from "./rows";

/**
 * The trade figure a timeline event names ("Trade: US$460 million."), by event id: only where the
 * figure is in US dollars, as the timeline writes them.
 */
export function eventCells(data: Pick<Dataset, "observations" | "rates" | "cpi" | "context" | "sources">, locale: Locale): Map<string, ProvenanceCell> {
  const t = messagesFor(locale);
  const series = displaySeries(data.observations);
  const lookup = sourceLookup(data.sources);
  return new Map(
    data.context.events.flatMap((e) => {
      const figure = e.figure && findFigure(series, e.figure.period, e.figure.partner, e.figure.flow);
      if (!figure || figure.currency !== "USD") return [];
      const provenance = rowProvenance(rowFromPoint(toPoint(figure, "USD", "article", data)), `${t.partners.CA5}, ${figure.period}`, { locale, t }, lookup);
      return [[e.id, { text: formatMoney(figure.amount, "USD", locale), keyed: keyed(`event/${e.id}`, provenance) }] as const];
    }),
  );
}
