import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import type { Locale } from "@/lib/format/locale";
import type { Currency } from "@/lib/schema/primitives";
import { messagesFor } from "@/lib/i18n/messages";
import { tradeResponse } from "@/lib/trade/points";
import { sourcePages } from "@/lib/source-pages";
import { rowProvenance, sourceLabels, sourceLookup, statedText } from "./provenance";
import { countryRows, trendRows } from "./rows";

describe("sourceLabels", () => {
  it("shortens publishers, and tells apart two that would read the same", () => {
    const imf = "International Monetary Fund, Direction of Trade Statistics (xlsx download committed to GitHub repo SamLeBlanc/Direction-of-Trade-Map)";
    const labels = sourceLabels([
      { id: "imf-dots-chn", publisher: imf, title: "DOTS_40.xlsx: China, P.R.: Mainland, exports" },
      { id: "imf-dots-kaz", publisher: imf, title: "DOTS_103.xlsx: Kazakhstan, Rep. of, exports" },
      { id: "x", publisher: "Xinhua (China Daily mirror)", title: "Report" },
    ]);
    expect([...labels.values()]).toEqual([
      "International Monetary Fund, Direction of Trade Statistics, DOTS_40.xlsx",
      "International Monetary Fund, Direction of Trade Statistics, DOTS_103.xlsx",
      "Xinhua",
    ]);
  });

  it("names the file of one entry that stands for a page cited under several titles (issue #28: the Indonesia figure's DOTS_40.xlsx)", () => {
    const data = getDataset();
    const sources = sourceLookup(data.sources);
    const ids = ["imf-dots-chn-idn", "imf-dots-chn", "aktamedia-2025-09-03"];
    const pages = sourcePages(ids.flatMap((id) => (sources[id] ? [{ id, ...sources[id] }] : [])));
    expect(pages.map((p) => p.ids)).toEqual([["imf-dots-chn-idn", "imf-dots-chn"], ["aktamedia-2025-09-03"]]);
    expect([...sourceLabels(pages).values()]).toEqual(["International Monetary Fund, Direction of Trade Statistics, DOTS_40.xlsx", "Aktamedia.com"]);
  });
});

describe("statedText", () => {
  it.each<[string, string, Currency, Locale, string]>([
    ["94.82", "billion", "USD", "id", "US$94,82 miliar"],
    ["94.82", "billion", "USD", "en", "US$94.82 billion"],
    ["312.04", "billion", "CNY", "id", "CN¥312,04 miliar"],
    ["50228.894919", "million", "USD", "id", "US$50.228,894919 juta"],
    ["460", "million", "USD", "en", "US$460 million"],
  ])("%s %s %s (%s) → %s", (value, unit, currency, locale, expected) => {
    expect(statedText({ value, unit, currency }, locale)).toBe(expected);
  });
});

describe("rowProvenance: the source's own number, or ours marked as derived", () => {
  const data = getDataset();
  const points = tradeResponse(data, { currency: "USD", rate: "article" }).observations;
  const lines = (locale: Locale, rows: ReturnType<typeof trendRows>, period: string, partner = "CA5") => {
    const row = rows.find((r) => r.period === period && r.partner === partner);
    if (!row) throw new Error(`no ${period} ${partner} row`);
    return rowProvenance(row, "h", { locale, t: messagesFor(locale) }, sourceLookup(data.sources)).lines.map((l) => `${l.label}: ${l.value}`);
  };

  it("2013, a sum of the five, is a derived value; Xinhua's dollar figure says it was derived from yuan, and how", () => {
    const got = lines("id", trendRows(points, { from: 1992, to: 2025 }), "2013");
    expect(got).toContain("Nilai turunan (dihitung dari sumber, bukan angka yang dicetaknya): US$50.228,894919 juta");
    expect(got.some((l) => l.startsWith("Angka di sumber"))).toBe(false);
    expect(got).toContain("Sumber lain untuk angka ini: Xinhua (China Daily mirror): CN¥312,04 miliar (selisih +0,31%)");
    expect(got).toContain("Sumber lain untuk angka ini: Xinhua (China Daily mirror): US$50,38 miliar, turunan (selisih +0,30%)");
    // Written from the formula, in Indonesian, never the English derivation of data/.
    expect(got).toContain("Cara menghitung angka Xinhua (China Daily mirror): 312,04 miliar yuan ÷ 6,1932 yuan per dolar AS (kurs resmi rata-rata 2013); sumber: Xinhua, People's Bank of China / SAFE official averages");
    // The yuan figure is compared at the official rate, which is named and cited.
    expect(got).toContain("Kurs untuk membandingkan angka Xinhua (China Daily mirror): CN¥6,1932 (rata-rata 2013, yuan per US$)");
    const row = trendRows(points, { from: 1992, to: 2025 }).find((r) => r.period === "2013");
    const cited = row ? rowProvenance(row, "h", { locale: "id", t: messagesFor("id") }, sourceLookup(data.sources)).sources.map((s) => s.id) : [];
    expect(cited).toContain("pboc-safe-official");
  });

  it("a reported figure is the source's own, in the page's number style", () => {
    const got = lines("en", countryRows(points, { years: [2022], countries: ["KGZ"], from: 1992, to: 2025 }), "2022", "KGZ");
    expect(got).toContain("As the source states it: US$15.5 billion");
    expect(got).toContain("Other sources for this figure: Eurasianet (via wenewsenglish.pk): US$15.37 billion, derived (difference −0.84%)");
    expect(got).toContain("How Eurasianet (via wenewsenglish.pk)'s figure is derived: 19.8 billion US dollars in 2023 ÷ (1 + 28.8%), with the growth stated for 2023; source: Eurasianet");
  });
});
