import { describe, expect, it } from "vitest";
import { checkClaims } from "@/lib/article/claims";
import { getDataset } from "@/lib/data/load";
import { LOCALES, type Locale } from "@/lib/format/locale";
import { PROVENANCE_PAGES } from "@/lib/schema/provenance";
import { targetStatus } from "@/lib/trade/targets";
import { headlineData } from "@/lib/view/headline-view";
import { HEADLINE_KEYS, headlineKeyed, headlineVariants } from "@/lib/view/headline-variants";
import { claimCells } from "./claim-provenance";
import { kazakhChapters, turkmenGas } from "@/lib/view/composition";
import { latestMirrorCells, regionalMirrorCells, yardstickMirrorCells } from "./disagree-provenance";
import { productCell, targetCell } from "@/lib/view/goods-provenance";
import { pageProvenance } from "./page-provenance";
import { sourceLookup } from "@/lib/view/provenance";
import type { Keyed } from "@/lib/view/provenance-keys";
import { eventCells } from "@/lib/view/timeline-provenance";
import { ytdPanel } from "@/lib/view/year-so-far";

const data = getDataset();
const sources = sourceLookup(data.sources);

/**
 * The keys each section hands its buttons, collected the way the components render them (every
 * headline version: the URL picks one after hydration, on /id and on each /id/v/… copy alike).
 */
function renderedDashboard(locale: Locale): Keyed[] {
  const views = headlineVariants(headlineData(data), locale);
  return [
    ...HEADLINE_KEYS.flatMap((key) => {
      const view = views[key];
      return view ? Object.values(headlineKeyed(key, view)).filter((k): k is Keyed => k !== null) : [];
    }),
    ...checkClaims(data).flatMap((c) => {
      const cells = claimCells(c, data.context.article.sourceId, sources, locale);
      return [cells.stated.keyed, cells.data.keyed];
    }),
    ...ytdPanel(data.observations, data, sources, locale).groups.flatMap((g) => g.rows.flatMap((r) => [r.current, r.previous].map((c) => ({ key: c.key, provenance: c.provenance })))),
    ...ytdPanel(data.observations, data, sources, locale).alone.map((a) => ({ key: a.cell.key, provenance: a.cell.provenance })),
    ...[...eventCells(data, locale).values()].map((c) => c.keyed),
    ...latestMirrorCells(data, locale).flatMap((m) => [m.chinaCell.keyed, m.ownCell.keyed]),
    ...regionalMirrorCells(data, locale).flatMap((m) => [m.otherCell.keyed, m.chinaCell.keyed]),
    ...yardstickMirrorCells(data, locale).flatMap((m) => [m.chinaCell.keyed, m.ownCell.keyed]),
  ];
}

function renderedGoods(locale: Locale): Keyed[] {
  const products = [...kazakhChapters(data.products).chapters, ...turkmenGas(data.products)];
  return [...products.map((p) => productCell(p, sources, locale).keyed), ...data.targets.map((x) => targetCell(targetStatus(x, data.observations), sources, locale).keyed)];
}

const RENDERED = { dashboard: renderedDashboard, goods: renderedGoods };

describe("each page's provenance map", () => {
  for (const page of PROVENANCE_PAGES) {
    for (const locale of LOCALES) {
      it(`${page}, ${locale}: holds every number the page renders, and nothing else, with the words its section builds`, () => {
        const map = pageProvenance(page, data, locale);
        const rendered = RENDERED[page](locale);
        expect(rendered.length).toBeGreaterThan(page === "dashboard" ? 100 : 20);
        expect(Object.keys(map).sort()).toEqual(rendered.map((k) => k.key).sort());
        for (const { key, provenance } of rendered) expect(map[key], key).toEqual(provenance);
      });
    }

    it(`${page}: the same keys in both languages, so a key never depends on a translation`, () => {
      expect(Object.keys(pageProvenance(page, data, "en")).sort()).toEqual(Object.keys(pageProvenance(page, data, "id")).sort());
    });
  }

  it("holds all five server versions of the headline, each number's own provenance", () => {
    const map = pageProvenance("dashboard", data, "en");
    const views = headlineVariants(headlineData(data), "en");
    for (const key of HEADLINE_KEYS) {
      expect(map[`headline/${key}/main`], key).toEqual(views[key]?.main.provenance);
      expect(map[`headline/${key}/change`], key).toEqual(views[key]?.change.provenance);
      expect(map[`headline/${key}/share`], key).toEqual(views[key]?.yardstick?.share.provenance);
    }
    expect(map["headline/USD|article/main"]?.sources.map((s) => s.publisher)).toContain("The Astana Times");
    expect(map["headline/IDR|article/main"]?.lines.map((l) => l.value)).toContain("Rp16,296 (article's rate)");
  });

  it.each<[Locale, string, string, string]>([
    ["en", "claim/rate/data", "publisher", "Bank Indonesia"],
    ["en", "event/ties-1992", "publisher", "China Today"],
    ["en", "mirror/KAZ/own", "publisher", "The Astana Times"],
    ["id", "regional/edb-2024/other", "publisher", "The Times of Central Asia"],
    ["id", "claim/total-2024-idr/stated", "line", "US$95 miliar × Rp16.296 (kurs artikel)"],
  ])("%s %s names %s %s", (locale, key, what, words) => {
    const p = pageProvenance("dashboard", data, locale)[key];
    expect(p, key).toBeDefined();
    const seen = what === "heading" ? [p?.heading] : what === "publisher" ? p?.sources.map((s) => s.publisher) : p?.lines.map((l) => l.value);
    expect(seen?.some((s) => s?.includes(words)), JSON.stringify(p)).toBe(true);
  });

  it("marks the article's Indonesian quote as Indonesian on the English page", () => {
    const stated = pageProvenance("dashboard", data, "en")["claim/total-2024/stated"];
    expect(stated?.lines[0]).toMatchObject({ lang: "id" });
  });
});
