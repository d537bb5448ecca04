import { describe, expect, it } from "vitest";

const ALL = { from: 1992, to: 2025 };
import { getDataset } from "@/lib/data/load";
import type { Locale } from "@/lib/format/locale";
import type { UnitChoice } from "@/lib/format/number";
import { messagesFor } from "@/lib/i18n/messages";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { tradeResponse } from "@/lib/trade/points";
import { exactCell, figureScale, rateCell, sentenceContext, unitLabel, valueCell, type CellContext } from "./cells";
import { toCsv } from "./csv";
import { figureAt } from "./testing";
import { countryRows, flowRows, shareRows, trendRows } from "./rows";
import { countriesSummary, flowsSumNote, flowsSummary, sharesSummary, trendSummary } from "./summaries";

function setup(locale: Locale, currency: DisplayCurrency, rate: RateBasis, unit: UnitChoice = "auto") {
  const points = tradeResponse(getDataset(), { currency, rate }).observations;
  const rows = trendRows(points, ALL);
  const ctx: CellContext = { locale, t: messagesFor(locale), currency, scale: figureScale(rows, unit) };
  return { points, rows, ctx };
}

describe("trend cells and summary", () => {
  it.each<[Locale, DisplayCurrency, RateBasis, UnitChoice, string, string, string]>([
    ["id", "USD", "article", "auto", "US$, miliar", "94,82", "US$94.820.000.000"],
    ["en", "USD", "article", "auto", "US$, billion", "94.82", "US$94,820,000,000"],
    ["id", "IDR", "article", "auto", "Rp, triliun", "1.545,19", "Rp1.545.186.720.000.000"],
    ["id", "IDR", "article", "million", "Rp, juta", "1.545.186.720,00", "Rp1.545.186.720.000.000"],
    ["en", "IDR", "annual", "auto", "Rp, trillion", "1,502.04", "Rp1,502,043,620,000,000"],
  ])("%s %s %s %s", (locale, currency, rate, unit, axis, value2024, exact2024) => {
    const { rows, ctx } = setup(locale, currency, rate, unit);
    const r2024 = rows.find((r) => r.period === "2024");
    if (!r2024) throw new Error("no 2024 row");
    expect(unitLabel(ctx)).toBe(axis);
    expect(valueCell(r2024, ctx)).toBe(value2024);
    expect(exactCell(r2024, ctx)).toBe(exact2024);
  });

  it.each<[Locale, DisplayCurrency, RateBasis, string]>([
    ["id", "USD", "article", "Dari US$460 juta pada 1992, perdagangan naik menjadi US$94,82 miliar pada 2024 (naik dari US$89,4 miliar pada 2023). Tahun penuh terakhir, 2025: US$106,3 miliar."],
    ["en", "IDR", "article", "From Rp7.5 trillion in 1992, trade rose to Rp1,545.19 trillion in 2024 (up from Rp1,456.86 trillion in 2023). Latest full year, 2025: Rp1,732.26 trillion."],
    ["en", "IDR", "annual", "From Rp933.76 billion in 1992, trade rose to Rp1,502.04 trillion in 2024 (up from Rp1,363.08 trillion in 2023). Latest full year, 2025: Rp1,750.96 trillion."],
  ])("summary %s %s %s", (locale, currency, rate, expected) => {
    const { rows, ctx } = setup(locale, currency, rate);
    expect(trendSummary(rows, 2024, sentenceContext(ctx, "auto"))).toBe(expected);
  });

  it.each<[Locale, DisplayCurrency, RateBasis, string, string]>([
    ["id", "IDR", "article", "2024", "Rp16.296 (kurs artikel)"],
    ["en", "IDR", "annual", "2024", "Rp15,841 (2024 average)"],
    ["en", "USD", "article", "2024", "not converted"],
    ["id", "IDR", "annual", "2025", "Rp16.471,8692 (rata-rata 12 bulan 2025 (turunan))"],
    ["en", "IDR", "annual", "2025", "Rp16,471.8692 (2025 twelve-month average (derived))"],
  ])("rate used: %s %s %s %s", (locale, currency, rate, period, expected) => {
    const { rows, ctx } = setup(locale, currency, rate);
    expect(rateCell(rows.find((r) => r.period === period)?.conversion ?? [], ctx)).toBe(expected);
  });

  it("a fixed unit keeps three significant digits of small values, in cells and sentences", () => {
    const { rows, ctx } = setup("id", "USD", "article", "trillion");
    const cell = (period: string) => {
      const row = rows.find((r) => r.period === period);
      return row ? valueCell(row, ctx) : "no row";
    };
    expect([cell("1992"), cell("2023"), cell("2024"), cell("2025")]).toEqual(["0,000460", "0,0894", "0,0948", "0,106"]);
    expect(trendSummary(rows, 2024, sentenceContext(ctx, "trillion"))).toBe(
      "Dari US$0,00046 triliun pada 1992, perdagangan naik menjadi US$0,0948 triliun pada 2024 (naik dari US$0,0894 triliun pada 2023). Tahun penuh terakhir, 2025: US$0,106 triliun.",
    );
    expect(toCsv("trend", rows, ctx, "article").split("\r\n").find((l) => l.startsWith("trend,1992,"))).toContain(",0.000460,trillion,USD,460000000,");
  });

  it("names a year that has no average rate (2025 without one of its twelve months)", () => {
    const data = getDataset();
    const points = tradeResponse({ ...data, rates: data.rates.filter((r) => r.period !== "2025-12") }, { currency: "IDR", rate: "annual" }).observations;
    const { ctx } = setup("id", "IDR", "annual");
    const r2025 = trendRows(points, ALL).find((r) => r.period === "2025");
    expect(r2025 && valueCell(r2025, ctx)).toBe("tidak dapat dikonversi: tidak ada kurs rata-rata 2025");
  });

  it("says a year cannot be converted where it has no average, never another year's", () => {
    const data = getDataset();
    const points = tradeResponse({ ...data, rates: data.rates.filter((r) => r.period !== "2025-12") }, { currency: "IDR", rate: "annual" }).observations;
    const { ctx } = setup("en", "IDR", "annual");
    expect(trendSummary(trendRows(points, ALL), 2024, sentenceContext(ctx, "auto"))).toBe(
      "From Rp933.76 billion in 1992, trade rose to Rp1,502.04 trillion in 2024 (up from Rp1,363.08 trillion in 2023). 2025 cannot be converted at this rate.",
    );
  });

  it("writes the derived 2025 rate into the CSV as derived, with the months' sources", () => {
    const { rows, ctx } = setup("en", "IDR", "annual");
    const line = toCsv("trend", rows, ctx, "annual").split("\r\n").find((l) => l.startsWith("trend,2025,"));
    expect(line).toContain(",annual,USD->IDR 16471.86921466215 (derived: mean of the 2025 monthly averages),bi-18k-2025 + fred-ccusma02idm618n-snapshot,");
  });
});

describe("other summaries", () => {
  const { points, ctx } = setup("en", "USD", "article");
  it("countries", () => {
    const rows = countryRows(points, { ...ALL, years: [2022, 2023, 2024], countries: ["KAZ", "KGZ", "TJK", "TKM", "UZB"] });
    expect(countriesSummary(rows, { ...ctx, scale: figureScale(rows, "auto") })).toBe("In 2024, Kazakhstan was the largest partner with US$43.82 billion (46.2% of the five's total).");
  });
  it.each<[string, Parameters<typeof countryRows>[1], DisplayCurrency, RateBasis, string]>([
    ["one country selected is not called the largest", { ...ALL, years: [2024, 2025], countries: ["TJK"] }, "USD", "article", "In 2025, among the countries shown that have a figure for it, Tajikistan traded the most with China: US$4.3 billion (4.0% of the five's total)."],
    ["a year where a country has no figure (Tajikistan and Uzbekistan, 2021)", { ...ALL, years: [2020, 2021], countries: ["KAZ", "KGZ", "TJK", "TKM", "UZB"] }, "USD", "article", "In 2021, among the countries shown that have a figure for it, Kazakhstan traded the most with China: US$25.25 billion."],
    ["the annual rate's 2025, the mean of its twelve months, described", { ...ALL, years: [2024, 2025], countries: ["KAZ", "KGZ", "TJK", "TKM", "UZB"] }, "IDR", "annual", "In 2025, Kazakhstan was the largest partner with Rp802.18 trillion (45.8% of the five's total)."],
  ])("countries: %s", (_label, selection, currency, rate, expected) => {
    const { points: p, ctx: c } = setup("en", currency, rate);
    const rows = countryRows(p, selection);
    expect(countriesSummary(rows, { ...c, scale: null })).toBe(expected);
  });
  it("flows", () => {
    const rows = flowRows(points, "CA5", ALL);
    expect(flowsSummary(rows, { ...ctx, scale: figureScale(rows, "auto") })).toBe(
      "In 2025, China exported US$71.2 billion to Central Asia (5 countries) and imported US$35.1 billion: a surplus of US$36.1 billion for China.",
    );
  });
  it("flows: a deficit in words, unsigned (Turkmenistan sells China gas)", () => {
    const rows = flowRows(points, "TKM", ALL);
    const id = messagesFor("id");
    expect(flowsSummary(rows, { ...ctx, locale: "id", t: id, scale: figureScale(rows, "auto") })).toMatch(/^Pada \d{4}, China mengekspor US\$[\d,]+ (miliar|juta) ke Turkmenistan dan mengimpor US\$[\d,]+ miliar: defisit US\$[\d,]+ miliar bagi China\.$/);
  });
  it("flows: says where exports and imports do not add up to the reported total", () => {
    const rows = flowRows(points, "CA5", ALL);
    const total = (period: string) => trendRows(points, ALL).find((r) => r.period === period) ?? null;
    expect(flowsSumNote(rows, total, { ...ctx, scale: null })).toBe(
      "In 2024, exports and imports add up to US$94.8 billion, while the total shown is US$94.82 billion: the total comes from another statement (astanatimes-2025-01), not from these two figures.",
    );
  });
  it("shares", () => {
    expect(sharesSummary(shareRows(points, 2024), 2024, ctx)).toBe("Kazakhstan accounted for 46.2% of China–Central Asia trade in 2024, Kyrgyzstan for 24.0%.");
  });
});

describe("toCsv", () => {
  it("writes the table's numbers with currency, unit, rate basis and sources", () => {
    const { rows, ctx } = setup("id", "IDR", "article");
    const csv = toCsv("trend", rows, ctx, "article");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("figure,period,period_type,partner,flow,value,unit,currency,value_whole_units,share_percent,ratio_percent,change_percent,change_kind,rate_basis,rates_used,rate_source_ids,prices,status,source_ids,unavailable_reason,derivation");
    expect(lines).toContain("trend,2024,year,CA5,total,1545.19,trillion,IDR,1545186720000000,,,,,article,USD->IDR 16296,antara-2025-06-17,,reported,astanatimes-2025-01,,");
    expect(lines.find((l) => l.startsWith("trend,2000,"))).toContain(",derived,imf-dots-chn,,sum of the five country totals (IMF DOTS China file)");
    const gap = toCsv("trend", trendRows(setup("id", "IDR", "article").points, { from: 2021, to: 2021 }, ["TJK"]), ctx, "article");
    expect(gap).toContain("trend,2021,year,TJK,total,,trillion,IDR,,,,,,article,,,,,,no-data,");
  });
});

describe("a figure's unit suits its values (issue #28)", () => {
  it.each([
    // CN¥2.54 billion to CN¥1.06 trillion: billions, not "0.00254" trillion.
    ["currency=CNY", "indonesia", 1992, "CA5", "CN¥, billion", "2.54"],
    ["currency=CNY", "indonesia", 2024, "IDN", "CN¥, billion", "1,064.89"],
    ["", "indonesia", 1992, "CA5", "US$, billion", "0.460"],
    ["currency=IDR", "indonesia", 1992, "CA5", "Rp, trillion", "7.50"],
    ["currency=CNY&unit=trillion", "indonesia", 1992, "CA5", "CN¥, trillion", "0.00254"],
    ["", "trend", 1992, "CA5", "US$, billion", "0.460"],
  ] as const)("?%s, %s %s %s: %s %s", (query, id, year, partner, unit, cell) => {
    const v = figureAt(query, id, "en");
    const r = v.rows.find((x) => x.year === year && x.partner === partner);
    expect([unitLabel(v.ctx), r && valueCell(r, v.ctx)]).toEqual([unit, cell]);
  });
});
