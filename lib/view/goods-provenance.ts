import type { Dataset, Product } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatMoney } from "@/lib/format/number";
import { hsName } from "@/lib/i18n/hs";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { targetStatus, type TargetStatus } from "@/lib/trade/targets";
import { kazakhChapters, turkmenGas } from "./composition";
import { noteLine, productProvenance, sourceEntries, sourceLookup, type SourceLookup } from "./provenance";
import { keyed, type Keyed, type ProvenanceCell } from "./provenance-keys";

/** The goods page's numbers with their provenance: the product values and the targets. */

/** A product's name on the page: the HS chapter's in the page's language, else the source's words. */
export const productName = (p: Pick<Product, "code" | "product">, locale: Locale): string => hsName(p.code, locale) ?? p.product;

export const productMoney = (p: Pick<Product, "amountUsd">, locale: Locale): string => (p.amountUsd ? formatMoney(p.amountUsd, "USD", locale) : "—");

export function productCell(p: Product, sources: SourceLookup, locale: Locale): ProvenanceCell {
  const t = messagesFor(locale);
  const text = productMoney(p, locale);
  const provenance = productProvenance(p, `${productName(p, locale)}, ${p.year}: ${text}`, { locale, t }, sources);
  return { text, keyed: keyed(`goods/${p.country}/${p.year}/${p.code ?? "none"}/${p.sourceId}`, provenance) };
}

/** A target as the table writes it ("US$35 billion by 2030"), with what it was set on and where the record stands. */
export function targetCell(s: TargetStatus, sources: SourceLookup, locale: Locale): ProvenanceCell {
  const t = messagesFor(locale);
  const x = s.target;
  const text = x.targetYear ? fill(t.targets.by, { value: x.value, year: x.targetYear }) : `${fill(t.targets.noDeadline, { value: x.value })} (${t.targets.noYear})`;
  const year = s.reachedIn ? s.series.find((p) => p.year === s.reachedIn) : null;
  // The sources' own words are English in data/: marked as such on the Indonesian page.
  const asStated = (value: string) => ({ value, ...(locale === "en" ? {} : { lang: "en" }) });
  const provenance = {
    heading: `${t.partners[x.partner]}: ${text}`,
    lines: [
      { label: t.targets.announced, ...asStated(x.announced) },
      ...(x.targetYearAsStated ? [{ label: t.provenance.stated, ...asStated(x.targetYearAsStated) }] : []),
      ...(year ? [{ label: t.targets.reached, value: `${year.year}: ${formatMoney(year.usd, "USD", locale)}` }] : []),
      ...(s.latest ? [{ label: t.table.period, value: `${s.latest.year}: ${formatMoney(s.latest.usd, "USD", locale)}` }] : []),
      ...[noteLine(x, locale)].flatMap((note) => (note ? [{ label: t.provenance.note, ...note }] : [])),
    ],
    sources: sourceEntries([x.sourceId, ...(year ? [year.sourceId] : []), ...(s.latest ? [s.series.at(-1)?.sourceId ?? ""] : [])], sources, locale),
  };
  return { text, keyed: keyed(`target/${x.partner}-${x.value}-${x.targetYear ?? "none"}-${x.sourceId}`, provenance) };
}

/** Every number of the goods page that opens its provenance: the page's map. */
export function goodsProvenance(data: Pick<Dataset, "products" | "targets" | "observations" | "sources">, locale: Locale): Keyed[] {
  const sources = sourceLookup(data.sources);
  const products = [...kazakhChapters(data.products).chapters, ...turkmenGas(data.products)];
  return [...products.map((p) => productCell(p, sources, locale).keyed), ...data.targets.map((x) => targetCell(targetStatus(x, data.observations), sources, locale).keyed)];
}
