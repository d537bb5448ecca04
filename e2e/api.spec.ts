import { expect, test } from "@playwright/test";

test.describe("JSON API", () => {
  test("an unknown API path is a 404 in the API's JSON error shape", async ({ request }) => {
    const res = await request.get("/api/nope");
    expect(res.status()).toBe(404);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(await res.json()).toEqual({ error: "not found", issues: [{ param: "(path)", message: "no such endpoint; the endpoints are listed in /api/openapi.json" }] });
    expect((await request.get("/api/trade.csv?flow=total&from=2024&to=2024&partner=CA5")).status()).toBe(200);
  });

  test("a trailing slash redirects with the API's CORS headers, so another site's script follows it (#28)", async ({ request }) => {
    const res = await request.get("/api/trade/?partner=CA5&from=2024&to=2024", { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headers()["location"]).toBe("/api/trade?partner=CA5&from=2024&to=2024");
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    // Pages keep Next's own redirect, with no CORS header.
    expect((await request.get("/id/", { maxRedirects: 0 })).headers()["access-control-allow-origin"]).toBeUndefined();
  });

  test("the 2024 CA5 total in rupiah at the article's rate", async ({ request }) => {
    const res = await request.get("/api/trade?currency=IDR&partner=CA5&flow=total&from=2024&to=2024&periodType=year");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(res.headers()["cache-control"]).toContain("max-age=300");
    const body = await res.json();
    expect(body.rate).toMatchObject({ basis: "article", idrPerUsd: "16296", sourceId: "antara-2025-06-17" });
    expect(body.observations).toEqual([
      expect.objectContaining({ period: "2024", partner: "CA5", flow: "total", value: 1545186720000000, valueUsd: 94820000000, status: "reported" }),
    ]);
  });

  test("annual rates convert 2025 at the mean of its twelve monthly averages, marked derived with the months' sources", async ({ request }) => {
    const body = await (await request.get("/api/trade?currency=IDR&rate=annual&partner=CA5&flow=total&from=2025&periodType=year")).json();
    const full = body.observations.find((o: { period: string }) => o.period === "2025");
    expect(full).toMatchObject({ value: 1750959697518587, valueUsd: 106300000000, unavailable: null });
    expect(full.conversion[0]).toMatchObject({ rate: "16471.86921466215", ratePeriod: "2025", rateStatus: "derived", rateSourceIds: ["bi-18k-2025", "fred-ccusma02idm618n-snapshot"] });
    const csv = await (await request.get("/api/trade.csv?currency=IDR&rate=annual&partner=CA5&flow=total&from=2025&periodType=year")).text();
    expect(csv).toContain(",annual,USD->IDR 16471.86921466215 (derived: mean of the 2025 monthly averages),2025,bi-18k-2025 + fred-ccusma02idm618n-snapshot,");
  });

  for (const [query, param] of [
    ["currency=EUR", "currency"],
    ["rate=spot", "rate"],
    ["partner=CHN", "partner"],
    ["flow=transit", "flow"],
    ["from=2025&to=1992", "from"],
    ["to=1800", "to"],
    ["from=2024&from=2023", "from"],
    ["debug=1", "debug"],
  ]) {
    test(`?${query} answers 400 naming ${param}`, async ({ request }) => {
      const res = await request.get(`/api/trade?${query}`);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid query");
      expect(body.issues.map((i: { param: string }) => i.param)).toContain(param);
    });
  }

  test("the whole record: every observation as CSV, described by its data package, from any origin", async ({ request }) => {
    const csv = await request.get("/api/observations.csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["access-control-allow-origin"]).toBe("*");
    const lines = (await csv.text()).trim().split("\r\n");
    // One row per observation the page itself loads, alternatives included.
    const { observations } = (await (await request.get("/api/dataset")).json()) as { observations: unknown[] };
    expect(observations.length).toBeGreaterThan(1000);
    expect(lines).toHaveLength(1 + observations.length);
    // A note a spreadsheet would read as a number or a formula is text: one leading apostrophe.
    expect(lines.some((l) => l.endsWith(",'+32%"))).toBe(true);
    const pkg = await (await request.get("/api/datapackage.json")).json();
    expect(pkg.profile).toBe("tabular-data-package");
    expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name).join(",")).toBe(lines[0]);
    expect(pkg.resources[0].bytes).toBe(Buffer.byteLength(`${lines.join("\r\n")}\r\n`));
    for (const path of ["/api/observations.csv", "/api/datapackage.json"]) {
      const pre = await request.fetch(path, { method: "OPTIONS" });
      expect(pre.status()).toBe(204);
      expect(pre.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    }
  });

  test("/api/sources lists every source", async ({ request }) => {
    const body = await (await request.get("/api/sources")).json();
    expect(body.sources).toContainEqual(
      expect.objectContaining({ id: "antara-2025-06-17", publisher: "ANTARA (Xinhua)", date: "2025-06-17", url: expect.stringContaining("antaranews.com") }),
    );
  });

  test("/ redirects by Accept-Language, Indonesian by default", async ({ request }) => {
    const en = await request.get("/", { headers: { "Accept-Language": "en-GB,en;q=0.9" }, maxRedirects: 0 });
    expect(en.status()).toBe(307);
    expect(en.headers().location).toBe("/en");
    const other = await request.get("/", { headers: { "Accept-Language": "fr" }, maxRedirects: 0 });
    expect(other.headers().location).toBe("/id");
  });
});
