import { describe, expect, it } from "vitest";
import { chartSubtitle } from "./chart-file";
import { add, ratio } from "@/lib/money/ratio";
import { flowsChartData, trendChartData } from "./chart-data";
import { figureAt } from "./testing";

/** Issue #18: each place where one part of the page followed a setting that its neighbour ignored. */

describe("the trend summary's verbs agree with the numbers they stand between (item 1)", () => {
  it.each([
    ["from=2015&to=2020", "en", "From US$32.6 billion in 2015, trade rose to US$38.6 billion in 2020 (down from US$46.48 billion in 2019)."],
    ["currency=IDR&rate=annual&to=2014", "id", "Dari Rp933,76 miliar pada 1992, perdagangan naik menjadi Rp533,53 triliun pada 2014 (naik dari Rp525,46 triliun pada 2013)."],
    ["currency=CNY&to=1994", "en", "From CN¥2.54 billion in 1992, trade rose to CN¥5.03 billion in 1994 (up from CN¥3.52 billion in 1993)."],
  ] as const)("%s (%s)", (query, locale, summary) => {
    expect(figureAt(query, "trend", locale).summary).toBe(summary);
  });

  it("says one year plainly, and titles it with one year (item 14)", () => {
    const v = figureAt("from=2025&to=2025", "trend", "en");
    expect(v.title).toBe("China–Central Asia trade, 2025");
    expect(v.summary).toBe("In 2025, China–Central Asia trade was US$106.3 billion.");
  });
});

describe("shares come from one series and add up (item 2)", () => {
  it.each(["", "currency=CNY", "currency=IDR&rate=annual"])("%s: Kazakhstan 46.2%%, the five exactly 100%%", (query) => {
    const v = figureAt(query, "shares", "en");
    expect(v.rows.find((r) => r.partner === "KAZ") && v.summary).toMatch(/^Kazakhstan accounted for 46\.2% /);
    const sum = v.rows.reduce((acc, r) => (r.share ? add(acc, r.share) : acc), ratio(0n));
    expect(sum).toEqual(ratio(1n));
    expect(v.notes.map((n) => n.text).join(" ")).not.toMatch(/101|US-dollar values/);
  });
});

describe("a missing year is a gap on the axis and in every line (item 7)", () => {
  it("the flows figure keeps 2021 and 2022 as empty years between 2020 and 2023", () => {
    const v = figureAt("partner=CA5&from=2018", "flows", "en");
    const data = flowsChartData(v.rows, v.ctx.scale).filter((d) => /^\d{4}$/.test(d.period));
    expect(data.map((d) => d.period)).toEqual(["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"].filter((y) => data.some((d) => d.period === y)));
    const y2021 = data.find((d) => d.period === "2021");
    expect(y2021).toEqual({ period: "2021", export: null, import: null, balance: null });
  });
});

describe("the year range is followed by the by-country and shares figures (item 8)", () => {
  it("/en?from=2009&to=2016 shows years inside the range and says why", () => {
    const countries = figureAt("from=2009&to=2016", "countries", "en");
    expect(countries.summary).not.toBe("No data for this selection.");
    expect([...new Set(countries.rows.map((r) => r.year))]).toEqual([2012, 2013, 2014, 2015, 2016]);
    expect(countries.notes[0]?.text).toBe("The years picked (2020, 2022, 2023, 2024, 2025) are not in the range (2009–2016); showing 2012, 2013, 2014, 2015, 2016.");
    const shares = figureAt("from=2009&to=2016", "shares", "en");
    expect(shares.title).toBe("Each country's share, 2016");
    expect(shares.notes[0]?.text).toBe("2024 is not in the range (2009–2016); showing 2016.");
  });
});

describe("year-on-year change compares like with like (item 10)", () => {
  it("1996 is read against the IMF's 1995 figure, not China Today's, and says so", () => {
    const v = figureAt("growth=yoy&to=1997", "trend", "en");
    const y1996 = v.rows.find((r) => r.year === 1996 && r.partner === "CA5");
    expect(y1996?.changeFrom?.kind).toBe("like-for-like");
    expect(v.summary).toBe("In 1997, trade changed by +12.1% on 1996 (US$869.9 million, from US$775.88 million).");
    expect(v.notes.map((n) => n.text)).toContain("1993, 1995, 1996: the change is computed from the figures of International Monetary Fund, Direction of Trade Statistics for both years (a figure shown here for one of the two years is another source's).");
  });

  it("in yuan, 2024 is read from dollar figures for both years, as the headline is (+7.8%), never stated yuan against converted dollars", () => {
    const v = figureAt("currency=CNY&growth=yoy&from=2023&to=2024", "trend", "en");
    expect(v.summary).toBe("In 2024, trade changed by +7.8% on 2023 (CN¥682.3 billion, from CN¥633.03 billion).");
    expect(v.notes.map((n) => n.text)).toContain(
      "In yuan, each year here is China's US-dollar figure converted at that year's average rate, as in the headline's change, so no change sets a yuan statement against converted dollars. The trend figure's values show the years China also stated in yuan as stated: 2024: CN¥682.3 billion here, CN¥674.15 billion as stated.",
    );
  });

  it("a change between two sources with no common year is flagged", () => {
    const v = figureAt("growth=yoy&from=2021&to=2022", "trend", "en");
    expect(v.rows.find((r) => r.year === 2022)?.changeFrom?.kind).toBe("crosses");
    expect(v.notes.map((n) => n.key)).toContain("crosses");
  });
});

describe("the trend draws and names only what is inside the range (item 13)", () => {
  it("2015–2020: the axis ends at 2020 and no event outside is listed", () => {
    const v = figureAt("from=2015&to=2020", "trend", "en");
    expect(Math.max(...trendChartData(v.rows, v.ctx.scale).map((d) => d.x))).toBe(2020);
    expect(v.notes.find((n) => n.key === "events")).toBeUndefined();
  });
});

describe("the world summary never points at a value it cannot show (item 20)", () => {
  it("rupiah at the annual rate, 2025's derived from its months and named so in the subtitle", () => {
    const v = figureAt("currency=IDR&rate=annual", "world", "id");
    expect(v.summary).not.toContain("tidak dapat dikonversi");
    expect(v.summary).toMatch(/^Pada 2025, Asia Tengah menyumbang [\d,]+% dari perdagangan China dengan dunia \(Rp[\d.,]+ triliun\)\./);
    expect(v.derivedRateYears).toEqual(["2025"]);
    expect(chartSubtitle(v.resolved.state, v.ctx, v.ctx.t, "id", v.derivedRateYears)).toBe("Rp, triliun · Kurs: Rata-rata tahunan; rata-rata 12 bulan 2025 (turunan)");
  });
});

describe("each figure's API link asks for exactly its data (item 12)", () => {
  it("the mirror figure links China's rows and the partner's own", () => {
    expect(figureAt("mirror=KGZ", "mirror", "en").apiQueries.map((q) => q.reporter)).toEqual(["CHN", "KGZ"]);
  });
  it("the shares link keeps the currency", () => {
    expect(figureAt("currency=IDR&rate=annual", "shares", "en").apiQueries[0]?.query).toMatch(/^currency=IDR&rate=annual&/);
  });
});

describe("a reader's QA pass over the resolved view", () => {
  it.each([
    ["to=1997", "flows", "In 1995, exports and imports add up to US$781.27 million, while the total shown is US$847 million: the total comes from another statement (China Today), not from these two figures."],
    ["from=2015&to=2020", "countries", "Picked but not in the range (2015–2020), so not shown: 2022, 2023, 2024, 2025."],
  ] as const)("%s: the %s figure's notes say %s", (query, id, note) => {
    expect(figureAt(query, id, "en").notes.map((n) => n.text)).toContain(note);
  });

  it.each([
    ["currency=IDR&rate=annual&from=2025", "trend", "In 2025, China–Central Asia trade was Rp1,750.96 trillion."],
    ["from=2013&to=2020&growth=cagr", "trend", "From US$50.23 billion in 2013 to US$38.6 billion in 2020, trade fell on average 3.7% a year (compound, over 7 years)."],
  ] as const)("%s: the %s summary says %s", (query, id, summary) => {
    expect(figureAt(query, id, "en").summary).toBe(summary);
  });

  it("one year of average growth is one year; a smaller partner figure is 'times theirs'", () => {
    expect(figureAt("from=2014&to=2015&growth=cagr", "trend", "en").summary).toMatch(/over 1 year\)\.$/);
    expect(figureAt("from=1995&to=1996&mirror=KAZ", "mirror", "en").summary).toMatch(/times theirs\.$/);
  });

  it("in yuan, the trend says which years are China's yuan statements", () => {
    expect(figureAt("currency=CNY", "trend", "en").notes.find((n) => n.key === "cny")?.text).toMatch(/^In yuan, the years China stated in yuan \(2013, 2024\) are shown as stated/);
  });
});
