import { createServer, type Server } from "node:http";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("API page", () => {
  for (const lang of ["id", "en"] as const) {
    test(`/${lang}/api documents every endpoint and parameter, and axe finds nothing`, async ({ page }) => {
      await page.goto(`/${lang}/api`);
      for (const path of ["/api/trade", "/api/trade.csv", "/api/sources", "/api/targets", "/api/targets.csv", "/api/composition", "/api/composition.csv", "/api/observations.csv", "/api/datapackage.json"]) await expect(page.getByRole("heading", { name: `GET ${path}`, exact: true })).toBeVisible();
      const params = page.getByRole("table").first().locator("tbody th");
      await expect(params).toHaveText(["currency", "rate", "idrPerUsd", "prices", "base", "reporter", "partner", "flow", "from", "to", "years", "periodType"]);
      await expect(page.locator("pre").filter({ hasText: "=IMPORTDATA(" }).first()).toContainText("/api/trade.csv?partner=CA5&flow=total&from=2023&to=2024");
      // Every request the page tells a reader to copy really answers.
      const urls = (await page.locator("pre").allInnerTexts()).flatMap((text) => [...text.matchAll(/curl (?:-OJ )?'([^']+)'/g)].map((m) => m[1] as string));
      expect(urls.length).toBeGreaterThanOrEqual(10);
      for (const url of urls) {
        // The page writes the site's own origin; the test server may listen elsewhere.
        const { pathname, search } = new URL(url);
        expect(`${pathname}${search} ${(await page.request.get(`${pathname}${search}`)).status()}`).toBe(`${pathname}${search} 200`);
      }
      await expectNoAxeViolations(page);
    });
  }

  test("18: /id/api is Indonesian, and each parameter shows the values its schema accepts", async ({ page }) => {
    await page.goto("/id/api");
    const endpoint = (path: string) => page.locator("section").filter({ has: page.getByRole("heading", { name: `GET ${path}`, exact: true }) });
    const trade = endpoint("/api/trade");
    await expect(trade.locator("h2 + p")).toHaveText("Angka perdagangan, satu per periode, pelapor, mitra dan arus");
    await expect(trade.locator("li").filter({ hasText: /^200/ })).toHaveText("200 Angka-angkanya, masing-masing dengan sumber, status, angka seperti dinyatakan, setiap kurs yang dipakai dan angka sumber lain untuk sel yang sama.");
    await expect(trade.locator("li").filter({ hasText: /^304/ })).toHaveText("304 Tidak berubah: ETag di If-None-Match masih berlaku.");
    await expect(trade.locator("li").filter({ hasText: /^400/ })).toHaveText("400 Kueri menyebut parameter yang tidak dikenal atau berulang, atau nilai yang tidak diizinkan. Setiap masalah menyebut parameternya.");
    await expect(endpoint("/api/trade.csv").locator("li").filter({ hasText: /^200/ })).toContainText("Kolom: reporter, period, period_type,");
    await expect(endpoint("/api/composition").locator("h2 + p")).toHaveText("Apa yang diperdagangkan: kelompok produk dengan nilai, pangsa dan sumbernya (sedikit di luar ekspor Kazakhstan 2021 dan gas Turkmenistan)");
    // Nothing on the page is left in English.
    await expect(page.locator("main [lang=en]")).toHaveCount(0);
    const accepted = (section: typeof trade, name: string) => section.locator("tbody tr").filter({ has: page.locator("th", { hasText: new RegExp(`^${name}$`) }) }).locator("td").first();
    await expect(accepted(trade, "from")).toHaveText("1992–2026");
    await expect(accepted(trade, "to")).toHaveText("1992–2026");
    await expect(accepted(trade, "base")).toHaveText("1992–2025");
    await expect(accepted(trade, "partner")).toHaveText("daftar dipisah koma: CA5, KAZ, KGZ, TJK, TKM, UZB, WLD, CHN, IDN");
    await expect(accepted(trade, "flow")).toHaveText("daftar dipisah koma: total, export, import");
    await expect(accepted(trade, "idrPerUsd")).toHaveText("1000–100000, paling banyak 2 desimal");
    await expect(accepted(trade, "currency")).toHaveText("USD, IDR, CNY");
    await expect(accepted(endpoint("/api/targets"), "partner")).toHaveText("daftar dipisah koma: CA5, KAZ, KGZ, TJK, TKM, UZB");
    await expect(accepted(endpoint("/api/composition"), "year")).toHaveText("2014–2025");
    expect(await page.locator("main td").allInnerTexts()).not.toContain("text");
    await page.goto("/en/api");
    await expect(endpoint("/api/trade").locator("h2 + p")).toHaveText("Trade figures, one per period, reporter, partner and flow");
    await expect(accepted(endpoint("/api/trade"), "partner")).toHaveText("comma list of: CA5, KAZ, KGZ, TJK, TKM, UZB, WLD, CHN, IDN");
    await expect(accepted(endpoint("/api/trade"), "idrPerUsd")).toHaveText("1000–100000, at most 2 decimals");
  });

  for (const [lang, heading, csvLink, rule] of [
    ["id", "Seluruh catatan", "Semua data (CSV)", "diawali satu apostrof tambahan"],
    ["en", "The whole record", "All data (CSV)", "starts with one extra apostrophe"],
  ] as const) {
    test(`/${lang}/api and the footer link the whole record; the page states the CSV rules`, async ({ page, request }) => {
      await page.goto(`/${lang}/api`);
      const record = page.locator("section").filter({ has: page.getByRole("heading", { name: heading, exact: true }) });
      for (const href of ["/api/observations.csv", "/api/datapackage.json"]) {
        await expect(record.locator(`a[href="${href}"]`)).toBeVisible();
        await expect(page.locator(`footer a[href="${href}"]`)).toBeVisible();
        expect((await request.get(href)).status()).toBe(200);
      }
      await expect(page.locator("footer").getByRole("link", { name: csvLink })).toHaveAttribute("href", "/api/observations.csv");
      await expect(page.locator("main")).toContainText(rule);
      // The pandas examples read every cell as text and the numbers as Decimals.
      await expect(page.locator("pre").filter({ hasText: "keep_default_na=False" })).toHaveCount(2);
      await page.goto(`/${lang}`);
      await expect(page.locator(`footer a[href="/api/datapackage.json"]`)).toBeVisible();
    });
  }

  test("the language switch keeps the page", async ({ page }) => {
    await page.goto("/id/api");
    await page.getByRole("link", { name: "English: read this page in English" }).click();
    await expect(page).toHaveURL(/\/en\/api$/);
  });
});

test.describe("from another origin", () => {
  let server: Server;
  const PORT = 3199;
  test.beforeAll(async () => {
    // A page on another port, as a notebook or another site would be.
    server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><title>other origin</title>"));
    await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("fetches JSON, CSV and the OpenAPI document, with a preflight", async ({ page, baseURL }) => {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const results = await page.evaluate(async (api) => {
      const json = await (await fetch(`${api}/api/trade?currency=IDR&partner=CA5&flow=total&from=2024&to=2024`)).json();
      const csv = await fetch(`${api}/api/trade.csv?partner=CA5&flow=total&from=2024&to=2024`);
      const doc = await (await fetch(`${api}/api/openapi.json`, { headers: { "If-None-Match": "x" } })).json();
      return { value: json.observations[0].value, csvType: csv.headers.get("content-type"), disposition: csv.headers.get("content-disposition"), csvHead: (await csv.text()).split("\r\n")[0], openapi: doc.openapi };
    }, baseURL);
    expect(results).toEqual({
      value: 1545186720000000,
      csvType: "text/csv; charset=utf-8",
      disposition: 'attachment; filename="china-central-asia-trade_CHN_USD_CA5_total_2024-2024.csv"',
      csvHead:
        "reporter,period,period_type,year,partner,flow,value,currency,value_usd,status,source_id,stated_value,stated_unit,stated_currency,rate_basis,rates_used,rate_periods,rate_source_ids,prices,unavailable_reason,unavailable_message,derivation,formula_op,formula_inputs,formula_precision,note,note_id,conversion,alternatives,id",
      openapi: "3.1.0",
    });
  });
});
