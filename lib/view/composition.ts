import type { Product } from "@/lib/data/types";
import { compare, div, ratio, type Ratio } from "@/lib/money/ratio";

/**
 * The goods behind the totals, as the page shows them: pure selections from the product data, so
 * the section and its tests read the same rows.
 */

const isChapter = (p: Product) => Boolean(p.classification?.includes("chapter")) && p.code !== undefined;

/** Kazakhstan's exports to China in 2021 by HS chapter (CEPII BACI), largest first, and their total. */
export function kazakhChapters(products: readonly Product[]): { total: Product | null; chapters: Product[] } {
  const rows = products.filter((p) => p.year === "2021" && p.country === "KAZ" && p.direction === "to-china" && Boolean(p.classification?.includes("BACI")));
  const zero = ratio(0n);
  const chapters = rows.filter(isChapter).sort((a, b) => compare(b.amountUsd ?? zero, a.amountUsd ?? zero));
  return { total: rows.find((p) => p.code === "TOTAL") ?? null, chapters };
}

/** Every source the two sections cite, for the page's source list. */
export function compositionSourceIds(data: { products: readonly Product[]; targets: readonly { sourceId: string }[] }): string[] {
  const { total } = kazakhChapters(data.products);
  const r = region2025(data.products);
  return [...(total ? [total.sourceId] : []), ...turkmenGas(data.products).map((p) => p.sourceId), ...[r.exports, r.imports, ...r.named].flatMap((p) => (p ? [p.sourceId] : [])), ...data.targets.map((t) => t.sourceId)];
}

/** A chapter's share of the total, exact, where both are in dollars. */
export const shareOf = (p: Product, total: Product | null): Ratio | null => (p.amountUsd && total?.amountUsd && total.amountUsd.num !== 0n ? div(p.amountUsd, total.amountUsd) : null);

/** Turkmenistan's exports to China that are natural gas, or all fuels (HS 27), as China's customs give them. */
export function turkmenGas(products: readonly Product[]): Product[] {
  return products
    .filter((p) => p.country === "TKM" && p.direction === "to-china" && p.amountUsd !== null && (p.code === "HS 2711" || p.code === "HS 27"))
    .sort((a, b) => a.year.localeCompare(b.year) || a.product.localeCompare(b.product));
}

/** China's 2025 trade with the five as its commerce ministry describes it: the totals and the goods it names. */
export function region2025(products: readonly Product[]): { exports: Product | null; imports: Product | null; named: Product[] } {
  const rows = products.filter((p) => p.year === "2025" && p.country === "CA5");
  return {
    exports: rows.find((p) => p.direction === "from-china" && p.code === "TOTAL") ?? null,
    imports: rows.find((p) => p.direction === "to-china" && p.code === "TOTAL") ?? null,
    named: rows.filter((p) => p.code !== "TOTAL"),
  };
}
