import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { chartFile, chartSubtitle, wrapText } from "./chart-file";

describe("wrapText", () => {
  it.each<[string, number, string[]]>([
    ["", 20, []],
    ["Sumber: IMF DOTS", 40, ["Sumber: IMF DOTS"]],
    ["one two three four five", 9, ["one two", "three", "four five"]],
    ["see https://perdagangan.example.org/id?currency=IDR now", 20, ["see", "https://perdagangan.example.org/id?currency=IDR", "now"]],
  ])("%j at %i", (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});

describe("chartSubtitle: the unit and rate a chart is drawn in", () => {
  it.each<[Locale, DisplayCurrency, RateBasis, string | null, string]>([
    ["id", "USD", "article", null, "US$, miliar"],
    ["id", "IDR", "article", null, "Rp, triliun · Kurs: Kurs artikel (Rp16.296)"],
    ["en", "IDR", "annual", null, "Rp, trillion · Exchange rate: Annual average"],
    ["en", "IDR", "custom", "17000", "Rp, trillion · Exchange rate: Your rate (Rp17,000)"],
    ["en", "CNY", "article", null, "CN¥, billion · Yuan: each year's average USD/CNY rate (Federal Reserve)"],
  ])("%s %s %s %s", (locale, currency, rate, idrPerUsd, expected) => {
    const t = messagesFor(locale);
    const scale = currency === "IDR" ? "trillion" : "billion";
    expect(chartSubtitle({ currency, rate, idrPerUsd }, { locale, t, currency, scale }, t, locale)).toBe(expected);
  });
});

describe("chartFile", () => {
  const parts = {
    chart: { svg: '<rect width="600" height="300"/>', width: 600, height: 300 },
    title: "China–Central Asia trade, 1992–2025",
    subtitle: "Rp, trillion · Rate: Annual average",
    legend: [
      { label: "Exports", icon: '<rect width="32" height="32"/>' },
      { label: "Imports", icon: '<rect width="32" height="32"/>' },
    ],
    notes: ["Sources: China's customs via IMF DOTS; ANTARA <2025>"],
    address: "This view online: http://127.0.0.1:3100/en?currency=IDR&rate=annual",
    colors: { background: "rgb(251, 250, 247)", text: "rgb(21, 23, 26)", muted: "rgb(79, 86, 97)" },
  };

  it("holds title, unit and rate, legend, the chart, notes, sources and the address, escaped", () => {
    const file = chartFile(parts);
    expect(file.width).toBe(632);
    expect(file.svg).toContain("<title>China–Central Asia trade, 1992–2025</title>");
    expect(file.svg).toMatch(/font-weight="bold"[^>]*>China–Central Asia trade, 1992–2025<\/text>/);
    expect(file.svg).toContain(">Rp, trillion · Rate: Annual average</text>");
    expect(file.svg).toContain(">Exports</text>");
    expect(file.svg).toContain(">Imports</text>");
    expect(file.svg).toContain('<svg x="16" y="');
    expect(file.svg).toContain("Sources: China's customs via IMF DOTS; ANTARA &lt;2025&gt;");
    expect(file.svg).toContain("http://127.0.0.1:3100/en?currency=IDR&amp;rate=annual");
    // The chart sits below the header and legend, and the text below the chart.
    const chartY = Number(/<svg x="16" y="(\d+)" width="600"/.exec(file.svg)?.[1]);
    expect(chartY).toBeGreaterThan(60);
    expect(file.height).toBeGreaterThan(chartY + 300 + 2 * 16);
  });

  it("wraps a long note to the chart's width", () => {
    const long = { ...parts, notes: [Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ")] };
    const lines = (chartFile(long).svg.match(/>word/g) ?? []).length;
    expect(lines).toBeGreaterThan(1);
  });
});
