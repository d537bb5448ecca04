import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCompact } from "@/lib/data/compact";
import { getDataset } from "@/lib/data/load";
import type { Dataset, Observation } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { autoScale, currencyPrefix, SCALES, scaleWord, type UnitChoice } from "@/lib/format/number";
import { messagesFor } from "@/lib/i18n/messages";
import { add, compare, div, mul, parseDecimal, parseScaled, sub, toDecimalString, type Ratio } from "@/lib/money/ratio";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { checkReaderRate } from "@/lib/schema/reader-rate";
import { pointsFor } from "@/lib/trade/view-points";
import { headlineCompact, headlineData, headlineView, type HeadlineView } from "./headline-view";
import type { MoneyView } from "./state";

const data = getDataset();
const input = headlineData(data);
const settings = (s: Partial<MoneyView>): MoneyView => ({ currency: "USD", rate: "article", idrPerUsd: null, prices: "nominal", base: 2025, unit: "auto", ...s });
const view = (s: Partial<MoneyView>, locale: Locale = "en", d = input): HeadlineView => {
  const v = headlineView(d, settings(s), locale);
  if (!v) throw new Error("no headline");
  return v;
};
const exact = (r: Ratio) => toDecimalString(r, 0);

describe("the headline's words, composed once", () => {
  it("the default view says what the page has always said", () => {
    const v = view({}, "id");
    expect([v.main.text, v.second.words, v.change.words]).toEqual([
      "US$94,82 miliar",
      "setara Rp1.545,19 triliun pada kurs artikel Rp16.296 per US$1",
      "+US$5,42 miliar (+6,1%) dibanding 2023 (US$89,4 miliar)",
    ]);
    expect(v.sources.map((s) => `${s.label}: ${s.name}`)).toEqual(["Sumber 2024: The Astana Times, Januari 2025", "Sumber 2023: bne IntelliNews, 4 Februari 2024", "Kurs: ANTARA (Xinhua), 17 Juni 2025"]);
  });

  it("#18 item 2: in yuan the change is between two yuan figures of one kind, and says which", () => {
    const v = view({ currency: "CNY" });
    // Xinhua's stated CN¥674.15 bn stays the number shown ...
    expect([v.main.text, v.main.kind]).toEqual(["CN¥674.15 billion", "stated"]);
    // ... while the change takes both years' dollars at each year's Fed average (7.1957, 7.0809).
    expect([exact(v.change.current.value), exact(v.change.previous.value), exact(v.change.value)]).toEqual(["682296274000", "633032460000", "49263814000"]);
    expect([v.change.current.kind, v.change.previous.kind]).toEqual(["converted", "converted"]);
    expect(v.change.words).toBe("+CN¥49.26 billion (+7.8%) from 2023 (CN¥633.03 billion); both years from US dollars at each year's average rate (2024: CN¥682.3 billion)");
    expect(v.change.provenance.lines.map((l) => l.value)).toContain("2024: CN¥7.1957 (2024 average, yuan per US$); 2023: CN¥7.0809 (2023 average, yuan per US$)");
    // Growth in yuan differs from growth in dollars only by the two years' rates: 1 + g¥ = (1 + g$) × 7.1957 ÷ 7.0809.
    const one = parseDecimal("1");
    expect(compare(mul(add(one, view({}).change.growth), div(parseDecimal("7.1957"), parseDecimal("7.0809"))), add(one, v.change.growth))).toBe(0);
  });

  it.each([
    ["USD", "article", ["astanatimes-2025-01", "intellinews-2024-02-04", "antara-2025-06-17"]],
    ["USD", "annual", ["astanatimes-2025-01", "intellinews-2024-02-04", "bi-18k-2025"]],
    ["IDR", "annual", ["astanatimes-2025-01", "intellinews-2024-02-04", "bi-18k-2025"]],
    ["IDR", "custom", ["astanatimes-2025-01", "intellinews-2024-02-04", "reader"]],
    ["CNY", "article", ["xinhua-2025-06-15", "astanatimes-2025-01", "intellinews-2024-02-04", "fred-aexchus-datahub", "fed-g5a-2024"]],
  ] as const)("#18 item 3: %s at the %s rate names the sources its numbers went through", (currency, rate, ids) => {
    const v = view({ currency, rate, idrPerUsd: rate === "custom" ? "17000" : null });
    expect(v.sources.map((s) => s.id)).toEqual(ids);
  });

  it("#18 item 3: the source line's words in yuan, at the annual rate and at your rate", () => {
    const line = (v: HeadlineView) => v.sources.map((s) => `${s.label}: ${s.name}`);
    expect(line(view({ currency: "CNY" }))).toEqual([
      "Source 2024 (CN¥): Xinhua (China Daily mirror), 15 June 2025",
      "Source 2024 (US$): The Astana Times, January 2025",
      "Source 2023 (US$): bne IntelliNews, 4 February 2024",
      "Rate 2024: Board of Governors of the Federal Reserve System (FRED series AEXCHUS), extracted by datasets/exchange-rates (datahub.io core), 3 March 2026",
      "Rate 2023: Board of Governors of the Federal Reserve System, 1 February 2024",
    ]);
    expect(line(view({ currency: "IDR", rate: "annual" }, "id")).at(-1)).toBe("Kurs 2023, 2024: Republic of Indonesia, SEC Form 18-K/A, Exhibit 99.D (Bank Indonesia data), 25 Juli 2025");
    expect(line(view({ currency: "IDR", rate: "custom", idrPerUsd: "17000" })).at(-1)).toBe("Rate: your rate");
  });

  it("#18 item 9: constant 2010 dollars are the trend's figure, the change on the same basis, the index named", () => {
    const v = view({ prices: "constant", base: 2010 });
    const trend = pointsFor(data, "USD", "article", { base: 2010 }).find((p) => p.period === "2024" && p.partner === "CA5" && p.flow === "total");
    expect(exact(v.main.value)).toBe(trend?.valueText);
    expect([v.main.text, v.second.words, v.change.words]).toEqual([
      "US$65.91 billion",
      "at 2010 prices (US CPI-U); US$94.82 billion in 2024 dollars, as stated",
      "+US$1.93 billion (+3.0%) from 2023 (US$63.98 billion)",
    ]);
    expect([v.main.kind, v.change.previous.kind, v.second.kind, v.second.testId]).toEqual(["constant", "constant", "stated", "headline-nominal"]);
    expect(v.sources.map((s) => s.label)).toEqual(["Source 2024", "Source 2023", "US CPI-U 2010", "US CPI-U 2024", "US CPI-U 2023"]);
    expect(v.main.provenance.lines.map((l) => l.value)).toContain("× 218.056 (US CPI-U 2010) → ÷ 313.689 (US CPI-U 2024)");
  });

  it("#18 item 9: a fixed unit writes every number in it, as the figures' sentences do", () => {
    const v = view({ unit: "million" });
    expect([v.main.text, v.second.words, v.change.words]).toEqual([
      "US$94,820 million",
      "or Rp1,545,186,720 million at the article's rate of Rp16,296 per US$1",
      "+US$5,420 million (+6.1%) from 2023 (US$89,400 million)",
    ]);
    expect(view({ unit: "trillion" }, "id").main.text).toBe("US$0,0948 triliun");
  });

  it("the browser's few kilobytes give the same headline as the whole dataset", () => {
    const compact = headlineCompact(data);
    const small = fromCompact(compact);
    expect(JSON.stringify(compact).length).toBeLessThan(12_000);
    for (const s of [{}, { currency: "CNY" as const }, { currency: "IDR" as const, rate: "custom" as const, idrPerUsd: "17000.5" }, { prices: "constant" as const, base: 1992, unit: "trillion" as const }]) {
      for (const locale of ["id", "en"] as const) expect(view(s, locale, small)).toEqual(view(s, locale));
    }
  });
});

/* ---------------------------------------------------------------------------------------------- */
/* Every money setting, both languages: an oracle written from data/ directly, not from the builder. */

/** The headline's own few kilobytes (the same headline as the whole dataset, as tested above): fast to run 400 times. */
const small: Dataset = { ...data, ...fromCompact(headlineCompact(data)), sources: data.sources };
const CPI = new Map(data.cpi.map((c) => [c.year, c]));
const usdFigure = (d: Dataset, period: string) => d.observations.find((o) => o.period === period && o.reporter === "CHN" && o.partner === "CA5" && o.flow === "total" && o.currency === "USD" && o.primary) as Observation;
const rateRow = (quote: "IDR" | "CNY", year: number) => data.rates.find((r) => r.quote === quote && r.period === String(year) && r.basis === "annual_average" && (r.preferred ?? true));
const article = data.rates.find((r) => r.basis === "article_stated");

/** What the shown currency's rate is for a year, and whose it is. */
function rateFor(currency: "IDR" | "CNY", basis: RateBasis, idrPerUsd: string | null, year: number): { value: Ratio; sourceId: string } {
  if (currency === "CNY") return rateRow("CNY", year) as { value: Ratio; sourceId: string };
  if (basis === "custom" && idrPerUsd) return { value: parseDecimal(idrPerUsd), sourceId: "reader" };
  return (basis === "annual" ? rateRow("IDR", year) : article) as { value: Ratio; sourceId: string };
}

/** "US$94,820 million" → its exact value, read back the way a reader reads it. */
function readMoney(text: string, locale: Locale): Ratio {
  const m = /^[+−]?(US\$|Rp|CN¥)([\d.,]+)(?: (.+))?$/.exec(text);
  if (!m) throw new Error(`not money: ${text}`);
  const digits = locale === "id" ? (m[2] ?? "").replaceAll(".", "").replace(",", ".") : (m[2] ?? "").replaceAll(",", "");
  const scale = SCALES.find((s) => scaleWord(s, locale) === m[3]);
  const exp = { thousand: 3, million: 6, billion: 9, trillion: 12 };
  return parseScaled(digits, scale ? exp[scale] : 0);
}

const sign = (r: Ratio) => (r.num > 0n ? "+" : r.num < 0n ? "−" : "");

const arbitrarySettings = fc.record({
  currency: fc.constantFrom<DisplayCurrency>("USD", "IDR", "CNY"),
  rate: fc.constantFrom<RateBasis>("article", "annual", "custom"),
  // Your rate as the URL has it: 1,000–100,000 with up to 2 decimals.
  reader: fc.tuple(fc.integer({ min: 1000, max: 99_999 }), fc.integer({ min: 0, max: 99 })).map(([whole, cents]) => {
    const check = checkReaderRate(`${whole}.${String(cents).padStart(2, "0")}`);
    if (!check.ok) throw new Error(`not a reader rate: ${whole}.${cents}`);
    return check.value;
  }),
  prices: fc.constantFrom<MoneyView["prices"]>("nominal", "constant"),
  base: fc.constantFrom(...data.cpi.map((c) => c.year)),
  unit: fc.constantFrom<UnitChoice>("auto", "million", "billion", "trillion"),
  locale: fc.constantFrom<Locale>("id", "en"),
  // 2023 as it is, or another value, so that falls and flat years are checked too.
  previous: fc.option(fc.integer({ min: 1, max: 200_000 }).map((n) => (n / 1000).toFixed(3)), { nil: null }),
});

describe("property: the headline follows every money setting, in both languages", () => {
  it("the change agrees with the numbers it cites, growth is over one kind, the sources and unit are named", () => {
    // On failure fast-check's message starts with the run's seed and path: pass them to fc.assert to replay it.
    fc.assert(
      fc.property(arbitrarySettings, ({ currency, rate, reader, prices, base, unit, locale, previous }) => {
        const t = messagesFor(locale);
        const prevObs = usdFigure(small, "2023");
        const d: Dataset = previous === null ? small : { ...small, observations: small.observations.map((o) => (o === prevObs ? { ...o, statedValue: previous, amount: parseScaled(previous, 9) } : o)) };
        const s = settings({ currency, rate, idrPerUsd: rate === "custom" ? reader : null, prices, base, unit });
        const v = headlineView(headlineData(d), s, locale);
        expect(v, "every setting has a headline for 2024").not.toBeNull();
        if (!v) return;
        const constant = currency === "USD" && prices === "constant";

        // The oracle: both years' US-dollar figures, each taken the same way in the shown currency.
        const way = (year: number, amount: Ratio) => {
          if (currency === "USD") return constant ? div(mul(amount, CPI.get(base)?.value as Ratio), CPI.get(year)?.value as Ratio) : amount;
          return mul(amount, rateFor(currency, rate, s.idrPerUsd, year).value);
        };
        const cur = way(2024, usdFigure(d, "2024").amount);
        const prev = way(2023, usdFigure(d, "2023").amount);
        expect(exact(v.change.current.value)).toBe(exact(cur));
        expect(exact(v.change.previous.value)).toBe(exact(prev));

        // Growth = change ÷ previous, both of one kind and in the shown currency.
        expect(v.change.current.kind).toBe(v.change.previous.kind);
        expect([v.main.currency, v.change.current.currency, v.change.previous.currency]).toEqual([currency, currency, currency]);
        expect(compare(v.change.value, sub(cur, prev))).toBe(0);
        expect(compare(v.change.growth, div(sub(cur, prev), prev))).toBe(0);

        // The change's sign agrees with the two numbers it cites, as written, in the shown currency.
        const prefix = currencyPrefix(currency);
        expect(v.change.text.startsWith(`${sign(v.change.value)}${prefix}`)).toBe(true);
        expect(v.change.rest).toContain(`(${v.change.previous.text})`);
        const citesCurrent = compare(v.change.current.value, v.main.value) === 0 && v.change.current.kind === v.main.kind;
        expect(citesCurrent ? v.main.text : v.change.rest, "the change cites the number it starts from").toContain(v.change.current.text);
        const written = compare(readMoney(v.change.current.text, locale), readMoney(v.change.previous.text, locale));
        if (written !== 0) expect(sign(v.change.value)).toBe(written > 0 ? "+" : "−");
        const percent = /^\(([+−]?)/.exec(v.change.rest)?.[1];
        expect(["", sign(v.change.growth)]).toContain(percent);
        for (const text of [v.main.text, v.change.text, v.change.current.text, v.change.previous.text]) expect(text.replace(/^[+−]/, "").startsWith(prefix)).toBe(true);

        // Every figure, rate and price index the numbers went through is named, and your rate where used.
        const figures = currency === "CNY" ? ["xinhua-2025-06-15", "astanatimes-2025-01", "intellinews-2024-02-04"] : ["astanatimes-2025-01", "intellinews-2024-02-04"];
        const ratesUsed = constant
          ? [base, 2024, 2023].map((y) => CPI.get(y)?.sourceId)
          : currency === "USD"
            ? [rateFor("IDR", rate, s.idrPerUsd, 2024).sourceId]
            : [rateFor(currency, rate, s.idrPerUsd, 2024).sourceId, rateFor(currency, rate, s.idrPerUsd, 2023).sourceId];
        expect(new Set(v.sources.map((x) => x.id))).toEqual(new Set([...figures, ...ratesUsed]));
        for (const n of [v.main, v.second, v.change.current, v.change.previous]) {
          for (const id of [n.point.sourceId, ...n.point.conversion.map((c) => c.rateSourceId)]) expect(v.sources.map((x) => x.id)).toContain(id);
        }
        const yours = v.sources.filter((x) => x.id === "reader");
        expect(yours.map((x) => x.name)).toEqual(ratesUsed.includes("reader") ? [t.rateUsed.custom] : []);
        if (ratesUsed.includes("reader")) expect(v.second.words).toContain(t.rateUsed.custom);

        // The unit word is the setting's (or, automatic, each number's own).
        for (const n of [v.main, v.second, v.change.current, v.change.previous, { text: v.change.text, value: v.change.value }]) {
          const scale = unit === "auto" ? autoScale(n.value) : unit;
          const word = SCALES.find((w) => n.text.endsWith(` ${scaleWord(w, locale)}`)) ?? null;
          expect(word, `${n.text} in unit ${unit}`).toBe(scale);
        }
        expect(v.second.words).toContain(v.second.text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
