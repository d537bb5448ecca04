import { expect, expectNoAxeViolations, test } from "./fixtures";

/** The issue's done-when sentences (#22). */
const KAZ = "Kazakhstan ranked first among China's trade partners in Central Asia in 2024, with trade turnover reaching $43.82 billion";
const EDB = "Trade between China and the countries of Central Asia reached $66.2 billion in 2024";
const check = (lang: string, params: Record<string, string>) => `/${lang}/check?${new URLSearchParams(params).toString()}`;

test.describe("check a number (#22)", () => {
  test("the server answers without JavaScript: Kazakhstan's 2024 turnover matches China's customs, with its source", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(check("en", { text: KAZ }));
    const figure = page.locator("[data-figure='1']");
    await expect(figure).toHaveAttribute("data-verdict", "matches");
    await expect(page.getByTestId("summary-1")).toHaveText("matches China's customs (US$43.82 billion)");
    await expect(figure.locator("[data-col=data]")).toHaveText("US$43.82 billion (China's customs)");
    await expect(figure.locator("[data-col=rule]")).toHaveText("The difference is at most half the sentence's last digit (US$5 million).");
    await expect(figure.getByRole("link", { name: "The Astana Times" })).toHaveAttribute("href", "#src-astanatimes-2025-01");
    await expect(figure.getByLabel("Partner")).toHaveValue("");
    await expect(figure.getByLabel("Partner").locator("option:checked")).toHaveText("Kazakhstan (as read)");
    await expect(figure.getByLabel("Period").locator("option:checked")).toHaveText("2024 (as read)");
    await expect(figure.getByLabel("Flow").locator("option:checked")).toHaveText("total trade (as read)");
    await expect(page.locator("#src-astanatimes-2025-01")).toContainText("The Astana Times");
    // The language switch keeps the sentence, without JavaScript too (#28): the Indonesian page checks the same text.
    await page.getByTestId("lang-switch").click();
    await page.waitForURL(/\/id\/check\?/);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(check("id", { text: KAZ }));
    await expect(page.locator("[data-figure='1']")).toHaveAttribute("data-verdict", "matches");
    await context.close();
  });

  test("in Indonesian, without JavaScript: the EDB's US$66.2 bn differs from China's US$94.82 bn, agrees with the regional figure, and says why", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(check("id", { text: EDB }));
    const figure = page.locator("[data-figure='1']");
    await expect(figure).toHaveAttribute("data-verdict", "differs");
    await expect(page.getByTestId("summary-1")).toHaveText("berbeda dari bea cukai China (US$94,82 miliar); sesuai dengan Bank Pembangunan Eurasia (data nasional), 2024 (US$66,2 miliar)");
    await expect(figure.locator("[data-col=stated]")).toHaveText("US$66,2 miliar");
    await expect(figure.locator("[data-col=difference]")).toHaveText("+US$28,62 miliar (+30,18%)");
    await expect(figure.getByRole("link", { name: "Mengapa sumber berbeda" })).toHaveAttribute("href", "/id#sources-disagree");
    await expect(figure.locator("q")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("a correction is part of the GET form: the address carries it and the answer follows, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/check");
    await page.getByLabel("The sentence to check").fill("Trade reached $43.82 billion in 2024");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/check\?text=Trade\+reached\+%2443\.82\+billion\+in\+2024/);
    const figure = page.locator("[data-figure='1']");
    await expect(figure).toHaveAttribute("data-verdict", "differs");
    await expect(figure.getByText("assumed; the sentence does not say")).toBeVisible();
    await figure.getByLabel("Partner").selectOption("KAZ");
    await figure.getByRole("button", { name: "Update the reading" }).click();
    await expect(page).toHaveURL(/partner1=KAZ/);
    await expect(page.locator("[data-figure='1']")).toHaveAttribute("data-verdict", "matches");
    await expect(page.locator("[data-figure='1']").getByText("your correction")).toBeVisible();
    // A new sentence is checked as it reads: the last one's corrections stay with the last one.
    await page.getByLabel("The sentence to check").fill("Kazakhstan-China trade was $31.2 billion in 2022");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page).not.toHaveURL(/partner1=/);
    await expect(page.locator("[data-figure='1']")).toHaveAttribute("data-verdict", "matches");
    await context.close();
  });

  test("the API answers the same, with CORS", async ({ request }) => {
    const kaz = await request.get(`/api/check?${new URLSearchParams({ text: KAZ, lang: "en" })}`);
    expect(kaz.status()).toBe(200);
    expect(kaz.headers()["access-control-allow-origin"]).toBe("*");
    const [k] = (await kaz.json()).claims;
    expect(k).toMatchObject({ partner: "KAZ", period: "2024", flow: "total", kind: "level", currency: "USD", stated: "43820000000", qualifier: "none", verdict: "matches", data: { value: "43820000000", valueText: "US$43.82 billion", sourceId: "astanatimes-2025-01", reporter: "CHN" }, difference: "0" });
    const [e] = (await (await request.get(`/api/check?${new URLSearchParams({ text: EDB, lang: "en" })}`)).json()).claims;
    expect(e).toMatchObject({ verdict: "differs", data: { value: "94820000000", valueText: "US$94.82 billion" }, otherSeries: [{ series: "regional", verdict: "matches", value: "66200000000" }] });
    expect(e.why).toContain("FOB");
  });

  for (const [name, query, param] of [
    ["empty text", "text=&lang=en", "text"],
    ["no text", "lang=en", "text"],
    ["text longer than 2,000 characters", `text=${"9".repeat(2001)}`, "text"],
    ["a lang other than id or en", "text=US%2494.82%20billion&lang=de", "lang"],
  ]) {
    test(`the API answers a 400 naming the parameter for ${name}`, async ({ request }) => {
      const res = await request.get(`/api/check?${query}`);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid query");
      expect(body.issues.map((i: { param: string }) => i.param)).toContain(param);
    });
  }

  test("a text longer than 2,000 characters is refused on the page, and a text without a figure says so", async ({ page }) => {
    await page.goto(check("en", { text: "x".repeat(2001) }));
    await expect(page.locator("main").getByRole("alert")).toHaveText("The text is longer than 2,000 characters (2001). Shorten it and check again.");
    await page.goto(check("id", { text: "Xi tiba di Astana pada Senin." }));
    await expect(page.getByText("Teks ini tidak memuat angka perdagangan")).toBeVisible();
  });

  test("the page has its title, description, canonical and language twins, and is linked from the claim check and the footer", async ({ page }) => {
    const base = test.info().project.use.baseURL ?? "";
    await page.goto("/id");
    await page.locator("#claims").getByRole("link", { name: "Periksa angka lain dari artikel atau laporan" }).click();
    await expect(page).toHaveURL(/\/id\/check$/);
    await expect(page).toHaveTitle("Periksa angka · Perdagangan China–Asia Tengah dalam angka");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Tempel kalimat/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}/id/check`);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${base}/en/check`);
    await page.goto("/en/goods");
    await page.getByRole("contentinfo").getByRole("link", { name: "Check a number" }).click();
    await expect(page).toHaveURL(/\/en\/check$/);
  });

  test("the checked coverage lists the sources' sentences with verdicts, in both languages", async ({ page }) => {
    await page.goto("/en/check/coverage");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Figures in the coverage, checked");
    await expect(page.getByTestId("coverage-counts")).toHaveText(/^\d+ sentences with \d+ figures: \d+ match China's figures, \d+ match a partner's own or another source's, \d+ match neither, \d+ without data\.$/);
    const edb = page.locator("[data-source='timesca-2025']");
    await expect(edb.locator("[data-class]").first()).toHaveAttribute("data-class", "partner");
    await page.goto("/id/check/coverage");
    const article = page.locator("[data-source='antara-2025-06-17']");
    await expect(article.locator("blockquote")).toHaveAttribute("lang", "id");
    await expect(article.locator("[data-class]").first()).toContainText("dibulatkan");
    await expect(article.locator("[data-class]").first()).toContainText("angka China");
    await article.getByRole("link", { name: "Periksa di halaman pemeriksa" }).click();
    // A short link: the source's id stands for its sentence, which the checker's box then holds.
    await expect(page).toHaveURL(/\/id\/check\?source=antara-2025-06-17$/);
    await expect(page.locator("#check-text")).toHaveValue(/^Pada 2024, volume perdagangan dua arah mencapai hampir 95 miliar dolar AS/);
    await expect(page.locator("[data-figure='1']")).toHaveAttribute("data-verdict", "rounded");
  });

  for (const lang of ["id", "en"]) {
    test(`axe finds nothing on /${lang}/check with an answer`, { tag: "@full" }, async ({ page }) => {
      await page.goto(check(lang, { text: EDB }));
      await expect(page.locator("[data-figure='1']")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("axe finds nothing on the empty checker", { tag: "@full" }, async ({ page }) => {
    await page.goto("/en/check");
    await expectNoAxeViolations(page);
  });

  test("axe finds nothing on the coverage page", { tag: "@full" }, async ({ page }) => {
    // The longest page of the site: axe needs more than the default minute on two shared cores.
    test.setTimeout(180_000);
    await page.goto("/id/check/coverage");
    await expectNoAxeViolations(page);
  });
});
