import { latestMirror, regionalMirror, yardstickMirror } from "@/lib/article/disagree";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatMoney } from "@/lib/format/number";
import { messagesFor } from "@/lib/i18n/messages";
import { toPoint } from "@/lib/trade/points";
import { rowProvenance, sourceEntries, sourceLookup, statedText } from "@/lib/view/provenance";
import { keyed, type Keyed, type ProvenanceCell } from "@/lib/view/provenance-keys";
import { rowFromPoint, type FigureRow } from "@/lib/view/rows";

/**
 * "Why sources disagree" in numbers: China's figures beside the partners' own, the region-wide
 * figures beside China's total, and the yardstick's own statistics beside China's; each number with
 * its provenance, under a key that names its row and side.
 */

type Data = Pick<Dataset, "observations" | "rates" | "cpi" | "context" | "sources">;

const dollars = (r: FigureRow, locale: Locale) => (r.value ? formatMoney(r.value, "USD", locale) : "");

/** The table: each partner's latest year with both figures. */
export function latestMirrorCells(data: Data, locale: Locale) {
  const t = messagesFor(locale);
  const lookup = sourceLookup(data.sources);
  const cell = (key: string, r: FigureRow, heading: string): ProvenanceCell => ({ text: dollars(r, locale), keyed: keyed(key, rowProvenance(r, heading, { locale, t }, lookup)) });
  return latestMirror(data).map((m) => ({
    ...m,
    chinaCell: cell(`mirror/${m.country}/china`, m.china, `${t.reporters.CHN}, ${t.partners[m.country]}, ${m.china.period}`),
    ownCell: cell(`mirror/${m.country}/own`, m.own, `${t.reporters[m.country]}, ${m.own.period}`),
  }));
}

/** Region-wide figures from national statistics, each against China's total for the five. */
export function regionalMirrorCells(data: Data, locale: Locale) {
  const t = messagesFor(locale);
  const lookup = sourceLookup(data.sources);
  return regionalMirror(data).map((m) => {
    const label = m.figure.label[locale];
    const otherText = formatMoney(m.other, "USD", locale);
    const chinaText = formatMoney(m.china.amount, "USD", locale);
    const other = keyed(`regional/${m.figure.id}/other`, {
      heading: `${label}: ${otherText}`,
      lines: [
        { label: t.table.status, value: t.status[m.figure.status] },
        { label: t.provenance.stated, value: statedText(m.figure, locale) },
      ],
      sources: sourceEntries([m.figure.sourceId], lookup, locale),
    });
    const chinaHeading = `${t.reporters.CHN}, ${t.partners.CA5}, ${m.china.period}: ${chinaText}`;
    const china = keyed(`regional/${m.figure.id}/china`, rowProvenance(rowFromPoint(toPoint(m.china, "USD", "article", data)), chinaHeading, { locale, t }, lookup));
    return { ...m, label, otherCell: { text: otherText, keyed: other }, chinaCell: { text: chinaText, keyed: china } };
  });
}

/** Indonesia's own statistics (BPS) beside China's figures for the same flow and year. */
export function yardstickMirrorCells(data: Data, locale: Locale) {
  const t = messagesFor(locale);
  const lookup = sourceLookup(data.sources);
  const cell = (key: string, r: FigureRow, heading: string): ProvenanceCell => {
    const text = dollars(r, locale);
    return { text, keyed: keyed(key, rowProvenance(r, `${heading}: ${text}`, { locale, t }, lookup)) };
  };
  return yardstickMirror(data).map((m) => {
    const at = `ymirror/${m.country}-${m.year}-${m.ownFlow}`;
    const country = t.partners[m.country];
    return { ...m, chinaCell: cell(`${at}/china`, m.china, `${t.reporters.CHN}, ${country}, ${m.year}`), ownCell: cell(`${at}/own`, m.own, `${t.reporters[m.country]}, ${m.year}`) };
  });
}

/** Every number of the section: its part of the dashboard's map. */
export function disagreeProvenance(data: Data, locale: Locale): Keyed[] {
  return [
    ...latestMirrorCells(data, locale).flatMap((m) => [m.chinaCell.keyed, m.ownCell.keyed]),
    ...regionalMirrorCells(data, locale).flatMap((m) => [m.otherCell.keyed, m.chinaCell.keyed]),
    ...yardstickMirrorCells(data, locale).flatMap((m) => [m.chinaCell.keyed, m.ownCell.keyed]),
  ];
}
