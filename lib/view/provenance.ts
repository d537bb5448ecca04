import { formatPartialDate } from "@/lib/format/date";
import { stepSourceIds } from "@/lib/trade/points";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { currencyPrefix, formatDecimal, formatDifference, SCALES, scaleWord, type Scale } from "@/lib/format/number";
import { div, parseDecimal, ratio } from "@/lib/money/ratio";
import type { WorkedFormula } from "@/lib/schema/api-formula";
import { rateCell, type CellContext } from "./cells";
import { derivationText, type DerivedCell } from "./derivation";
import type { FigureRow } from "./rows";
import type { Currency } from "@/lib/schema/primitives";
import type { z } from "zod";
import type { provenanceJson, provenanceSourceJson } from "@/lib/schema/provenance";

/** What a provenance popover shows: plain strings, so a server or client component can render it. */
export type ProvenanceSource = z.infer<typeof provenanceSourceJson>;
export type Provenance = z.infer<typeof provenanceJson>;

export type SourceLookup = Readonly<Record<string, { publisher: string; title: string; published: string | null; url: string }>>;

/**
 * A note in the page's language: the Indonesian page shows its Indonesian (data:check makes sure
 * every note has one); were one missing, the English is shown marked as English, never passed off.
 */
export function noteLine(note: { note?: string | undefined; noteId?: string | undefined }, locale: Locale): { value: string; lang?: string } | null {
  if (!note.note) return null;
  if (locale === "en") return { value: note.note };
  return note.noteId ? { value: note.noteId } : { value: note.note, lang: "en" };
}

/**
 * How a derived figure was computed, in the page's language: written from its formula; a compound
 * growth from its span. A view's derivation with neither stays in English, marked as such.
 */
function derivationLine(r: { formula?: WorkedFormula; derivation?: string; span?: FigureRow["span"]; change?: FigureRow["change"] }, cell: DerivedCell, ctx: Pick<CellContext, "locale" | "t">, sources: SourceLookup): { value: string; lang?: string } | null {
  const { t, locale } = ctx;
  if (r.span && r.change) return { value: fill(t.formula.compound, { from: r.span.from, to: r.span.to, years: r.span.to - r.span.from }) };
  const text = r.formula ? derivationText(r.formula, cell, { t, locale }, (id) => sources[id]?.publisher) : null;
  if (text) return { value: text };
  if (!r.derivation) return null;
  return locale === "en" ? { value: r.derivation } : { value: r.derivation, lang: "en" };
}

export function sourceEntries(ids: readonly string[], sources: SourceLookup, locale: Locale): ProvenanceSource[] {
  return [...new Set(ids)].flatMap((id) => {
    const s = sources[id];
    return s ? [{ id, publisher: s.publisher, title: s.title, date: formatPartialDate(s.published, locale), url: s.url }] : [];
  });
}

type Stated = { value: string; unit: string; currency: Currency };

/**
 * A figure as its source gave it, in the page's number style and with the digits it gave:
 * "US$94,82 miliar" on /id (never "94.82 miliar USD", which reads as 9,482 there).
 */
export function statedText(s: Stated, locale: Locale): string {
  const places = s.value.split(".")[1]?.length ?? 0;
  const number = formatDecimal(parseDecimal(s.value), locale, { min: places, max: places });
  const scale = (SCALES as readonly string[]).includes(s.unit) ? scaleWord(s.unit as Scale, locale) : s.unit;
  return `${currencyPrefix(s.currency)}${number}${scale ? ` ${scale}` : ""}`;
}

/**
 * Where a table or chart number comes from: its source, status, how it was derived and every rate
 * it went through. A derived figure is labelled as ours, with its derivation, never as the source's
 * own number; an alternative that was itself derived says so and how.
 */
export function rowProvenance(row: FigureRow, heading: string, ctx: Pick<CellContext, "locale" | "t">, sources: SourceLookup): Provenance {
  const { t, locale } = ctx;
  const lines: Provenance["lines"] = [];
  if (row.status) lines.push({ label: t.table.status, value: t.status[row.status] });
  if (row.stated) lines.push({ label: row.status === "derived" ? t.provenance.derivedValue : t.provenance.stated, value: statedText(row.stated, locale) });
  const how = derivationLine(row, row, ctx, sources);
  if (how) lines.push({ label: t.provenance.derivation, ...how });
  if (row.conversion.length) {
    lines.push({ label: t.table.rate, value: rateCell(row.conversion, ctx) });
    for (const s of row.conversion.filter((c) => c.rateStatus === "derived")) lines.push({ label: fill(t.provenance.rateDerived, { year: s.ratePeriod }), value: fill(t.provenance.rateDerivedHow, { year: s.ratePeriod }) });
    const rateSources = sourceEntries(row.conversion.flatMap(stepSourceIds), sources, locale);
    if (rateSources.length) lines.push({ label: t.provenance.rateSource, value: rateSources.map((s) => `${s.publisher} (${s.date})`).join("; ") });
  } else if (row.unavailable === "no-rate") {
    lines.push({ label: t.table.rate, value: fill(t.table.noRate, { year: row.year }) });
  }
  const note = noteLine(row, locale);
  if (note) lines.push({ label: t.provenance.note, ...note });
  for (const alt of row.alternatives) {
    const publisher = sources[alt.sourceId]?.publisher ?? alt.sourceId;
    const diff = alt.differencePercent === null ? "" : ` (${fill(t.provenance.difference, { diff: formatDifference(div(parseDecimal(alt.differencePercent), ratio(100n)), locale) })})`;
    const status = alt.status === "reported" ? "" : `, ${t.status[alt.status]}`;
    lines.push({ label: t.provenance.alternatives, value: `${publisher}: ${statedText(alt.stated, locale)}${status}${diff}` });
    // A yuan figure is compared in dollars: name the rate, and cite its source below.
    if (alt.toUsd?.length) lines.push({ label: fill(t.provenance.comparedAt, { publisher }), value: rateCell(alt.toUsd, ctx) });
    const altHow = derivationLine(alt, row, ctx, sources);
    if (altHow) lines.push({ label: fill(t.provenance.derivationOf, { publisher }), ...altHow });
  }
  const altIds = row.alternatives.flatMap((a) => [a.sourceId, ...(a.toUsd ?? []).flatMap(stepSourceIds)]);
  return { heading, lines, sources: sourceEntries([...row.sourceIds, ...altIds], sources, locale) };
}

/**
 * Where a source's entry is: in the page's own list when the page cites it, else on the sources
 * page, which lists every source. `onPage` undefined means the page lists everything it cites.
 */
/** For a page that lists none of its sources (the dashboard): every source link goes to the sources page. */
export const LISTS_NO_SOURCES: ReadonlySet<string> = new Set();

export function sourceHref(id: string, locale: Locale, onPage?: ReadonlySet<string>): string {
  return !onPage || onPage.has(id) ? `#src-${id}` : `/${locale}/sources#src-${id}`;
}

/** "International Monetary Fund, Direction of Trade Statistics (xlsx download …)" → the part before the parenthesis; the list has it whole. */
export const shortPublisher = (publisher: string): string => publisher.replace(/\s*\([^()]*\)$/, "") || publisher;

/** The first part of a title, which names the file or page ("DOTS_40.xlsx"), without the data's "[descriptive]" mark. */
/** A title's first part, without the brackets that mark it as our description of the source (lib/data/load.ts). */
const titleHead = (title: string): string => (title.replace(/^\[descriptive\]\s*/, "").replace(/^\[/, "").split(/[:\]]/)[0] ?? "").trim();

/**
 * Short names for a source line: the publisher without its parenthesis, and the first part of its
 * title too ("…, DOTS_103.xlsx") where two sources in the line would otherwise read the same, or
 * where one entry stands for a page cited under several titles (`titles`, lib/source-pages.ts: the
 * IMF's DOTS_40.xlsx for China's rows of the five and of Indonesia), so the line names the file.
 */
export function sourceLabels(list: readonly { id: string; publisher: string; title: string; titles?: readonly string[] }[]): Map<string, string> {
  const short = list.map((s) => shortPublisher(s.publisher));
  const named = (s: (typeof list)[number], i: number) => short.filter((x) => x === short[i]).length > 1 || (s.titles?.length ?? 0) > 1;
  return new Map(list.map((s, i) => [s.id, named(s, i) ? `${short[i]}, ${titleHead(s.title)}` : (short[i] as string)]));
}

export function provenanceLabel(t: Messages, value: string): string {
  return fill(t.provenance.open, { value });
}

/** All sources as a plain record, for components that render provenance. */
export function sourceLookup(sources: ReadonlyMap<string, { publisher: string; title: string; published: string | null; url: string }>): SourceLookup {
  return Object.fromEntries([...sources].map(([id, s]) => [id, { publisher: s.publisher, title: s.title, published: s.published, url: s.url }]));
}

/** Where a product figure comes from: status, the figure as the source states it, its classification and note. */
export function productProvenance(
  p: { status: keyof Messages["status"]; value?: string; unit?: string; currency?: string; classification?: string; product: string; note?: string; noteId?: string; sourceId: string },
  heading: string,
  ctx: Pick<CellContext, "locale" | "t">,
  sources: SourceLookup,
): Provenance {
  const { t, locale } = ctx;
  const lines: Provenance["lines"] = [{ label: t.table.status, value: t.status[p.status] }];
  if (p.value) lines.push({ label: t.provenance.stated, value: `${p.value} ${p.unit ?? ""} ${p.currency ?? ""}`.replace(/\s+/g, " ").trim() });
  // The source's own words: English in data/, marked as such on the Indonesian page.
  lines.push({ label: t.goods.asStated, value: p.classification ? `${p.product} (${p.classification})` : p.product, ...(locale === "en" ? {} : { lang: "en" }) });
  const note = noteLine(p, locale);
  if (note) lines.push({ label: t.provenance.note, ...note });
  return { heading, lines, sources: sourceEntries([p.sourceId], sources, locale) };
}
