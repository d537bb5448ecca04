import { describe, expect, it } from "vitest";
import { apiError, tradeResponse, type TradeResponse } from "@/lib/schema/api";
import { handleTrade } from "./trade";
import { handleSources } from "./sources";

const get = (query: string, headers: Record<string, string> = {}) => handleTrade(new Request(`http://localhost/api/trade${query}`, { headers }));
async function ok(query: string): Promise<TradeResponse> {
  const res = get(query);
  expect(res.status).toBe(200);
  return tradeResponse.parse(await res.json());
}
const find = (r: TradeResponse, period: string, partner: string, flow: string) =>
  r.observations.find((o) => o.period === period && o.partner === partner && o.flow === flow);

describe("GET /api/trade", () => {
  it("answers USD at the article's rate by default", async () => {
    const r = await ok("");
    expect(r.currency).toBe("USD");
    expect(r.rate).toMatchObject({ basis: "article", idrPerUsd: "16296", sourceId: "antara-2025-06-17", date: "2025-06-17" });
    expect(find(r, "2024", "CA5", "total")).toMatchObject({ value: 94820000000, valueUsd: 94820000000, status: "reported", sourceId: "astanatimes-2025-01" });
    expect(r.observations.every((o) => Number.isSafeInteger(o.value ?? 0))).toBe(true);
  });

  it("gives the 2024 CA5 total in rupiah at the article's rate", async () => {
    const r = await ok("?currency=IDR&partner=CA5&flow=total&from=2024&to=2024&periodType=year");
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ value: 1545186720000000, currency: "IDR", valueUsd: 94820000000 });
    expect(r.observations[0]?.conversion).toEqual([
      { from: "USD", to: "IDR", operation: "multiply", rate: "16296", rateBasis: "article_stated", ratePeriod: "2025-06-17", rateSourceId: "antara-2025-06-17" },
    ]);
  });

  it("converts at each year's average and says where a year has none", async () => {
    const r = await ok("?currency=IDR&rate=annual&partner=CA5&flow=total");
    expect(r.rate.idrPerUsd).toBeNull();
    expect(find(r, "2024", "CA5", "total")).toMatchObject({ value: 1502043620000000 });
    expect(find(r, "1992", "CA5", "total")).toMatchObject({ value: 933763200000 });
    // 2025 has no published average: the mean of its twelve monthly averages, marked derived with its sources.
    const y2025 = find(r, "2025", "CA5", "total");
    expect(y2025).toMatchObject({ value: 1750959697518587, valueUsd: 106300000000, unavailable: null });
    expect(y2025?.conversion).toEqual([
      {
        from: "USD",
        to: "IDR",
        operation: "multiply",
        rate: "16471.86921466215",
        rateBasis: "annual_average",
        ratePeriod: "2025",
        rateSourceId: "bi-18k-2025",
        rateStatus: "derived",
        rateDerivation: "derived: the mean of the twelve 2025 monthly averages (2025-01–2025-06 bi-18k-2025; 2025-07–2025-12 fred-ccusma02idm618n-snapshot); no published 2025 annual average in the data; the months come from more than one basis",
        rateSourceIds: ["bi-18k-2025", "fred-ccusma02idm618n-snapshot"],
      },
    ]);
    expect(r.rate.description).toContain("their mean, marked derived");
  });

  it("shows yuan-only figures through their conversion chain, or says why not", async () => {
    const r = await ok("?from=2025&to=2025&flow=export");
    const ytd = find(r, "2025-01/2025-05", "CA5", "export");
    expect(ytd).toMatchObject({ value: null, stated: { value: "188.18", unit: "billion", currency: "CNY" } });
    expect(ytd?.unavailable?.message).toContain("USD/CNY");
    // 2013: the customs sum in dollars is primary; Xinhua's figure converted from yuan is an alternative.
    const r2013 = await ok("?from=2013&to=2013");
    const t2013 = find(r2013, "2013", "CA5", "total");
    expect(t2013).toMatchObject({ value: 50228894919, status: "derived", sourceId: "imf-dots-chn" });
    expect(t2013?.alternatives.find((a) => a.stated.currency === "USD")).toMatchObject({ sourceId: "xinhua-2025-06-15", stated: { value: "50.38" }, valueUsd: 50380000000, differencePercent: "0.30" });
  });

  it("gives yuan at each year's Fed average, and a figure China stated in yuan as stated", async () => {
    const r = await ok("?currency=CNY&partner=CA5&flow=total");
    expect(r.currency).toBe("CNY");
    expect(r.rate.description).toContain("USD/CNY");
    // 2024: Xinhua's CN¥674.15 bn as stated, not the dollar total × 7.1957 (CN¥682.30 bn).
    expect(find(r, "2024", "CA5", "total")).toMatchObject({ value: 674150000000, conversion: [], stated: { value: "674.15", currency: "CNY" }, sourceId: "xinhua-2025-06-15" });
    expect(find(r, "2023", "CA5", "total")).toMatchObject({ value: 633032460000 });
    expect(find(r, "2023", "CA5", "total")?.conversion).toEqual([
      { from: "USD", to: "CNY", operation: "multiply", rate: "7.0809", rateBasis: "annual_average", ratePeriod: "2023", rateSourceId: "fed-g5a-2024" },
    ]);
    expect(find(r, "1992", "CA5", "total")).toMatchObject({ value: 2539476000 });
    const ytd = find(r, "2025-01/2025-05", "CA5", "total");
    expect(ytd).toMatchObject({ value: 286420000000, conversion: [], stated: { value: "286.42", currency: "CNY" }, unavailable: null });
  });

  it("converts at your rate, named in the answer and in every conversion", async () => {
    const r = await ok("?currency=IDR&rate=custom&idrPerUsd=17000&partner=CA5&flow=total&from=2024&to=2025");
    expect(r.rate).toMatchObject({ basis: "custom", idrPerUsd: "17000", sourceId: null });
    expect(r.rate.description).toContain("your rate");
    expect(find(r, "2024", "CA5", "total")).toMatchObject({ value: 1611940000000000 });
    expect(find(r, "2025", "CA5", "total")).toMatchObject({ value: 1807100000000000 });
    expect(find(r, "2024", "CA5", "total")?.conversion).toEqual([
      { from: "USD", to: "IDR", operation: "multiply", rate: "17000", rateBasis: "reader_stated", ratePeriod: "custom", rateSourceId: "reader" },
    ]);
  });

  it("deflates to constant US dollars of a base year with the CPI-U, named in each conversion", async () => {
    const r = await ok("?prices=constant&base=2024&partner=CA5&flow=total&from=1992&to=1992");
    expect(r.prices).toEqual({ basis: "constant", baseYear: 2024, description: expect.stringContaining("CPI-U") });
    // 460,000,000 × 313.689 ÷ 140.3 = 1,028,488,524.59…
    expect(find(r, "1992", "CA5", "total")).toMatchObject({ value: 1028488525, valueUsd: 460000000 });
    expect(find(r, "1992", "CA5", "total")?.conversion.map((c) => [c.operation, c.rate, c.rateBasis, c.ratePeriod])).toEqual([
      ["multiply", "313.689", "cpi_u", "2024"],
      ["divide", "140.3", "cpi_u", "1992"],
    ]);
    const byDefault = await ok("?prices=constant&partner=CA5&flow=total&from=2025&to=2025");
    expect(byDefault.prices.baseYear).toBe(2025);
    expect(find(byDefault, "2025", "CA5", "total")?.value).toBe(106300000000);
  });

  it("filters by partner, flow and years", async () => {
    const r = await ok("?partner=KAZ,KGZ&flow=export,import&from=2023&to=2024&periodType=year");
    expect(new Set(r.observations.map((o) => o.partner))).toEqual(new Set(["KAZ", "KGZ"]));
    expect(new Set(r.observations.map((o) => o.flow))).toEqual(new Set(["export", "import"]));
    expect(r.observations).toHaveLength(8);
  });

  it("answers 304 to a matching ETag and sets cache headers", () => {
    const first = get("?currency=IDR");
    expect(first.headers.get("cache-control")).toContain("max-age=");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    expect(get("?currency=IDR", { "If-None-Match": etag }).status).toBe(304);
  });

  it.each([
    ["?currency=EUR", "currency", "USD, IDR, CNY"],
    ["?currency=", "currency", "USD, IDR, CNY"],
    ["?currency=usd", "currency", "USD, IDR, CNY"],
    ["?rate=daily", "rate", "article, annual, custom"],
    ["?currency=IDR&rate=custom", "idrPerUsd", "required with rate=custom"],
    ["?currency=IDR&rate=custom&idrPerUsd=", "idrPerUsd", "from 1000 to 100000"],
    ["?currency=IDR&rate=custom&idrPerUsd=999", "idrPerUsd", "from 1000 to 100000"],
    ["?currency=IDR&rate=custom&idrPerUsd=100001", "idrPerUsd", "from 1000 to 100000"],
    ["?currency=IDR&rate=custom&idrPerUsd=16296.555", "idrPerUsd", "at most 2 decimals"],
    ["?currency=IDR&rate=custom&idrPerUsd=17,000", "idrPerUsd", "no thousands separators"],
    ["?currency=IDR&idrPerUsd=17000", "idrPerUsd", "only with rate=custom"],
    ["?currency=IDR&rate=annual&idrPerUsd=17000", "idrPerUsd", "only with rate=custom"],
    ["?currency=IDR&prices=constant", "prices", "only with currency=USD"],
    ["?prices=real", "prices", "nominal, constant"],
    ["?base=2020", "base", "only with prices=constant"],
    ["?prices=constant&base=1900", "base", "a year the US CPI-U covers: 1992–2025"],
    ["?prices=constant&base=2026", "base", "a year the US CPI-U covers: 1992–2025"],
    ["?prices=constant&base=20x6", "base", "four-digit year"],
    ["?partner=KAZ,AFG", "partner", "CA5, KAZ, KGZ, TJK, TKM, UZB"],
    ["?partner=KAZ,,KGZ", "partner", "(empty)"],
    ["?flow=reexport", "flow", "total, export, import"],
    ["?from=2024&to=2020", "from", "must not be after to"],
    ["?from=1900", "from", "from 1992 to 2026"],
    ["?to=3000", "to", "from 1992 to 2026"],
    ["?from=-5", "from", "four-digit year"],
    ["?from=20x4", "from", "four-digit year"],
    ["?from=99999999999999999999", "from", "four-digit year"],
    ["?currency=USD&currency=IDR", "currency", "given 2 times"],
    ["?color=red", "color", "allowed: currency, rate, idrPerUsd, prices, base, reporter, partner, flow, from, to"],
    ["?%E0%A4%A=1", "\uFFFD%A", "unknown parameter"],
    ["?=1", "(empty name)", "unknown parameter"],
    ["?partner=%27%3B%20DROP%20TABLE", "partner", "unknown value"],
  ])("%s is a 400 naming %s", async (query, param, text) => {
    const res = get(query);
    expect(res.status).toBe(400);
    const body = apiError.parse(await res.json());
    const issue = body.issues.find((i) => i.param === param);
    expect(issue?.message).toContain(text);
  });
});

describe("GET /api/sources", () => {
  it("lists every source with publisher, title, date and URL", async () => {
    const res = handleSources(new Request("http://localhost/api/sources"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sources: { id: string; url: string; date: string | null }[] };
    expect(body.sources.length).toBe(225);
    expect(body.sources.find((s) => s.id === "antara-2025-06-17")).toMatchObject({ date: "2025-06-17" });
  });

  it("rejects parameters it does not take", async () => {
    const res = handleSources(new Request("http://localhost/api/sources?x=1"));
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].param).toBe("x");
  });
});
