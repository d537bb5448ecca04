import { describe, expect, it } from "vitest";
import { toDecimalString } from "@/lib/money/ratio";
import { figureAt } from "./testing";
import { toCsv } from "./csv";

/** The figure "Central Asia and Indonesia": both series 1992 to the latest year, and the ratio. */
describe("the yardstick figure", () => {
  it.each([
    ["", "en", "In 2024, China's trade with Central Asia (US$94.82 billion) was 64.1% of its trade with Indonesia (US$147.99 billion). In 1992: 22.7%."],
    ["", "id", "Pada 2024, perdagangan China dengan Asia Tengah (US$94,82 miliar) setara 64,1% dari perdagangannya dengan Indonesia (US$147,99 miliar). Pada 1992: 22,7%."],
    ["currency=IDR&rate=annual", "en", "In 2024, China's trade with Central Asia (Rp1,502.04 trillion) was 64.1% of its trade with Indonesia (Rp2,344.31 trillion). In 1992: 22.7%."],
    ["from=2010&to=2015", "en", "In 2015, China's trade with Central Asia (US$32.6 billion) was 60.2% of its trade with Indonesia (US$54.19 billion). In 2010: 70.1%."],
    ["from=2025&to=2025", "en", "No year in this range has both figures."],
  ] as const)("?%s in %s: %s", (query, locale, summary) => {
    expect(figureAt(query, "indonesia", locale).summary).toBe(summary);
  });

  it("draws both series every year of the range, Indonesia never added to the five, 2025 a gap for Indonesia", () => {
    const v = figureAt("", "indonesia", "en");
    expect(v.rows.filter((r) => r.partner === "CA5").map((r) => r.year)).toEqual(Array.from({ length: 34 }, (_, i) => 1992 + i));
    const idn = v.rows.filter((r) => r.partner === "IDN");
    expect(idn.find((r) => r.year === 2020)?.value && toDecimalString(idn.find((r) => r.year === 2020)?.value ?? { num: 0n, den: 1n }, 0)).toBe("78488371540");
    expect(idn.find((r) => r.year === 2025)).toMatchObject({ value: null, unavailable: "no-data" });
    expect(v.rows.find((r) => r.partner === "CA5" && r.year === 2024)?.value && toDecimalString(v.rows.find((r) => r.partner === "CA5" && r.year === 2024)?.value ?? { num: 0n, den: 1n }, 0)).toBe("94820000000");
  });

  it("links the API query that answers exactly its cells, and writes the ratio into the CSV as ratio_percent, as its table names it", () => {
    const v = figureAt("", "indonesia", "en");
    expect(v.apiQueries).toEqual([{ reporter: "CHN", query: "partner=CA5,IDN&flow=total&from=1992&to=2025&periodType=year" }]);
    const [header = "", ...lines] = toCsv("indonesia", v.shown, v.ctx, "article", v.columns).replace(/^\uFEFF/, "").split("\r\n");
    const cell = (line: string | undefined, column: string) => line?.split(",")[header.split(",").indexOf(column)];
    const line = lines.find((l) => l.startsWith("indonesia,2024,year,CA5,"));
    expect([cell(line, "ratio_percent"), cell(line, "share_percent")]).toEqual(["64.1", ""]);
    expect(v.ctx.t.table.ratioIdn).toBe("Central Asia ÷ Indonesia");
    expect(v.notes.map((n) => n.key)).toEqual(["yardstick"]);
    expect(v.title).toBe("Central Asia and Indonesia, 1992–2025");
  });

  it("gives every year the same ratio in every currency, rate and price: the dollar figures a dollar view shows", () => {
    const ratios = (query: string) => figureAt(query, "indonesia", "en").rows.filter((r) => r.partner === "CA5").map((r) => `${r.year} ${r.share ? toDecimalString(r.share, 6) : "-"}`);
    const usd = ratios("");
    // In yuan, 2013 and 2024 show China's dollar figures converted, not its yuan statements: the ratio reads the dollar figures.
    expect(usd).toContain("2024 0.640719");
    for (const query of ["currency=CNY", "currency=IDR&rate=annual", "currency=IDR&rate=custom&idrPerUsd=17000", "prices=constant&base=2010"]) expect(ratios(query), query).toEqual(usd);
    expect(figureAt("currency=CNY", "indonesia", "en").summary).toContain("was 64.1% of its trade with Indonesia");
  });
});
