import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("what is traded, and the targets", () => {
  test("the sections read in Indonesian with their numbers in the server HTML, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/id/goods");
    await expect(page.getByRole("heading", { name: "Apa yang diperdagangkan", exact: true })).toBeVisible();
    await expect(page.getByTestId("summary-goods")).toHaveText("Pada 2021, bahan bakar mineral dan minyak merupakan 31,5% ekspor Kazakhstan ke China (US$3,38 miliar dari US$10,73 miliar), tembaga 22,9% dan bijih, terak dan abu 21,8%.");
    await expect(page.getByRole("heading", { name: "Target dan kenyataan" })).toBeVisible();
    await expect(page.getByTestId("summary-targets")).toHaveText("Dari 9 target, 7 sudah tercapai menurut angka China; sisanya memerlukan pertumbuhan yang tertera di sampingnya.");
    const kgz = page.locator('tr[data-key="KGZ-45-2030"]');
    await expect(kgz.locator('[data-col="reached"]')).toHaveText("belum");
    await expect(kgz.locator('[data-col="needed"]')).toHaveText("+10,6%");
    await expect(page.locator('tr[data-key="TJK-3-2019"] [data-col="reached"]')).toHaveText("2023 (lewat 2019)");
    await context.close();
  });

  test("in English, each value opens its provenance, and the CSV links answer", async ({ page, request }) => {
    await page.goto("/en/goods");
    await page.getByRole("button", { name: "Where US$3.38 billion comes from" }).click();
    const pop = page.getByRole("dialog", { name: /Mineral fuels and oils, 2021: US\$3\.38 billion/ });
    await expect(pop).toContainText("Mineral fuels, oils, products of distillation (HS2002 chapter (BACI))");
    await expect(pop).toContainText("3383065.705 thousand USD");
    for (const href of ["/api/composition.csv?partner=KAZ&year=2021&flow=export", "/api/targets.csv"]) {
      await expect(page.locator(`a[href="${href}"]`)).toBeVisible();
      expect((await request.get(href)).status()).toBe(200);
    }
    await expect(page.locator('tr[data-key="CA5-70-2030"] [data-col="reached"]')).toHaveText("2022");
  });

  test("the dashboard leads to them, the language switch keeps the page, and axe finds nothing", async ({ page }) => {
    await page.goto("/id");
    await expect(page.locator("#goods-teaser-heading + p")).toHaveText("Barang apa di balik total, dan apakah target perdagangan para pemimpin tercapai: 7 dari 9 target sudah tercapai menurut angka China.");
    await page.getByRole("link", { name: "Apa yang diperdagangkan, dan target dibandingkan kenyataan" }).click();
    await expect(page).toHaveURL(/\/id\/goods$/);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "English: read this page in English" }).click();
    await expect(page).toHaveURL(/\/en\/goods$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is traded, and what leaders promised");
    await expectNoAxeViolations(page);
  });
});

test.describe("issue #18 on the goods page", () => {
  for (const width of [1280, 1366]) {
    test(`15: the targets table fits its box at ${width} px, in both languages`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of ["id", "en"]) {
        await page.goto(`/${lang}/goods`);
        const sizes = await page.locator("section[aria-labelledby=targets-heading] table").evaluate((table) => {
          const box = table.closest("[role=region]") as HTMLElement;
          const panel = table.closest("section") as HTMLElement;
          return { table: table.scrollWidth, box: box.clientWidth, boxRight: box.getBoundingClientRect().right, panelRight: panel.getBoundingClientRect().right };
        });
        expect(sizes.table, `${lang}: table ${sizes.table} px in a ${sizes.box} px box`).toBeLessThanOrEqual(sizes.box);
        expect(sizes.boxRight).toBeLessThanOrEqual(sizes.panelRight);
      }
    });
  }

  test("16: one source line entry and one list entry per source page", async ({ page }) => {
    await page.goto("/en/goods");
    for (const line of await page.locator("[data-testid=source-line]").all()) {
      const targets = await line.locator("a").evaluateAll((links) => links.map((a) => document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.closest("li")?.querySelector("a")?.href ?? (a as HTMLAnchorElement).href));
      expect(targets.length, await line.innerText()).toBe(new Set(targets).size);
    }
    const region = page.locator("[data-testid=source-line]").filter({ hasText: "Sing Tao" });
    await expect(region.getByRole("link", { name: /Sing Tao/ })).toHaveCount(1);
    await expect(region.getByRole("link", { name: /Yicai/ })).toHaveCount(1);
    await expect(page.locator("[data-testid=source-line]").filter({ hasText: "Kursiv" }).getByRole("link", { name: /Kursiv/ })).toHaveCount(1);
    const urls = await page.locator("[data-testid=source-list] > li > a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(urls.length).toBe(new Set(urls).size);
  });

  test("16: the sources page lists each source page once and keeps every id as an anchor", async ({ page }) => {
    await page.goto("/id/sources");
    const urls = await page.locator("[data-testid=source-list] > li > a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(urls.length).toBe(new Set(urls).size);
    for (const id of ["sing-tao-headline-2026-01-18", "sing-tao-headline-2026-01-18-2", "kursiv-media-2023-05-19-2"]) await expect(page.locator(`[id="src-${id}"]`)).toHaveCount(1);
    await expect(page.locator('[id="src-sing-tao-headline-2026-01-18-2"]')).toHaveAttribute("tabindex", "-1");
    await expectNoAxeViolations(page);
  });

  test("og: the goods page shares its own title and description, in each language", async ({ page }) => {
    const meta = async (path: string) => {
      await page.goto(path);
      const content = (selector: string) => page.locator(selector).getAttribute("content");
      return { ogTitle: await content('meta[property="og:title"]'), ogDescription: await content('meta[property="og:description"]'), twitterTitle: await content('meta[name="twitter:title"]'), twitterDescription: await content('meta[name="twitter:description"]') };
    };
    const dashboard = await meta("/id");
    expect(await meta("/id/goods")).toEqual({
      ogTitle: "Apa yang diperdagangkan, dan apa yang dijanjikan para pemimpin",
      ogDescription: "Barang apa di balik total, dan apakah target perdagangan para pemimpin tercapai: 7 dari 9 target sudah tercapai menurut angka China.",
      twitterTitle: "Apa yang diperdagangkan, dan apa yang dijanjikan para pemimpin",
      twitterDescription: "Barang apa di balik total, dan apakah target perdagangan para pemimpin tercapai: 7 dari 9 target sudah tercapai menurut angka China.",
    });
    expect(dashboard.ogTitle).not.toBe("Apa yang diperdagangkan, dan apa yang dijanjikan para pemimpin");
    const en = await meta("/en/goods");
    expect(en.ogTitle).toBe("What is traded, and what leaders promised");
    expect(en.twitterDescription).toBe("Which goods lie behind the totals, and whether the leaders' trade targets were met: 7 of 9 targets are met in China's figures.");
  });
});
