import { expect, gotoLive, test } from "./fixtures";

/** Items of the QA pass (issue 13), each kept fixed by a check of what a reader sees. */
test.describe("QA pass", () => {
  test("5: in US dollars at the annual rate, the rupiah beside the headline follows the annual rate", async ({ page }) => {
    await gotoLive(page, "/id?rate=annual");
    await expect(page.getByTestId("headline-idr")).toHaveText("setara Rp1.502,04 triliun pada kurs Rp15.841 per US$1 (rata-rata 2024)", { useInnerText: true });
  });

  test("1: a by-country summary of one country does not call it the largest partner", async ({ page }) => {
    await gotoLive(page, "/id?countries=TJK");
    await expect(page.getByTestId("summary-countries")).toHaveText(
      "Pada 2025, di antara negara yang ditampilkan dan memiliki angka, perdagangan Tajikistan dengan China paling besar: US$4,3 miliar (4,0% dari total kelima negara).",
    );
  });

  test("3: a fixed unit keeps three significant digits of small values", async ({ page }) => {
    await gotoLive(page, "/id?unit=trillion&table=trend");
    await expect(page.getByTestId("summary-trend")).toContainText("Dari US$0,00046 triliun pada 1992, perdagangan naik menjadi US$0,0948 triliun pada 2024 (naik dari US$0,0894 triliun pada 2023)");
    await expect(page.locator('#table-trend tr[data-key^="1992:CA5:total"] td[data-col="value"]')).toHaveText("0,000460", { useInnerText: true });
  });

  test("15: a chart is an image named by its title, out of the tab order; no English legend icons on /id", async ({ page }) => {
    await gotoLive(page, "/id?countries=KAZ,KGZ");
    const figure = page.locator("#fig-countries");
    await figure.scrollIntoViewIfNeeded();
    const svg = figure.locator(".recharts-wrapper > svg");
    await expect(svg).toBeVisible();
    const title = await figure.locator("h2").innerText();
    await expect(figure.getByRole("img", { name: title, exact: true })).toHaveCount(1);
    await expect(svg).not.toHaveAttribute("tabindex", /.*/);
    await expect(figure.getByRole("application")).toHaveCount(0);
    await expect(page.getByText(/legend icon/)).toHaveCount(0);
    await expect(page.getByRole("img", { name: /legend icon/ })).toHaveCount(0);
    // Tabbing through the figure never lands on the chart.
    await figure.getByRole("button").first().focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest(".recharts-wrapper") === null)).toBe(true);
    }
  });

  test("22: code-made text in the page's language: claim derivations, a surplus in words, English glosses of the quotes", async ({ page }) => {
    await gotoLive(page, "/id");
    const trigger = page.locator('tr[data-claim="total-2024-idr"] td[data-col="stated"] [data-testid=provenance]');
    await trigger.click();
    const pop = page.locator(`#${await trigger.getAttribute("popovertarget")}`);
    await expect(pop).toContainText("US$95 miliar × Rp16.296 (kurs artikel)");
    await expect(pop).not.toContainText("bn USD");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("summary-flows")).toContainText("surplus US$36,1 miliar bagi China.");
    await gotoLive(page, "/en");
    await expect(page.locator('tr[data-claim="total-2024"] th')).toContainText("hampir 95 miliar dolar AS (almost US$95 billion)");
    await expect(page.locator('tr[data-claim="change-2024"] th')).toContainText("(up US$5.4 billion)");
  });

  test("16: the summary's sources button is a drawn icon, not a font glyph", async ({ page }) => {
    await gotoLive(page, "/en");
    const button = page.locator("#fig-trend").getByRole("button", { name: "Sources of this summary" });
    await expect(button.locator("svg")).toHaveCount(1);
    expect(await button.innerText()).not.toContain("ⓘ");
  });

  test("20: the language redirect at / keeps the view", async ({ request }) => {
    const res = await request.get("/?currency=IDR&rate=annual", { maxRedirects: 0, headers: { "Accept-Language": "en" } });
    expect(res.status()).toBe(307);
    expect(res.headers()["location"]).toBe("/en?currency=IDR&rate=annual");
  });

  test("7: the flows figure says why exports and imports do not add up to the total", async ({ page }) => {
    await gotoLive(page, "/id");
    await expect(page.locator("#fig-flows figcaption")).toContainText("Pada 2024, ekspor dan impor berjumlah US$94,8 miliar, sedangkan total yang ditampilkan US$94,82 miliar: total itu berasal dari pernyataan lain (The Astana Times)");
  });

  test("6: the claim check's rate rule names its 1% tolerance as a tolerance", async ({ page }) => {
    await page.goto("/id");
    await expect(page.locator("#claims")).toContainText("Selisih paling banyak 1% (toleransi Rp162,97) dari rata-rata Juni 2025 Bank Indonesia");
  });

  test("13 and 14: a popover closes when focus moves on, and follows its number when the page scrolls", async ({ page }) => {
    await gotoLive(page, "/en");
    const trigger = page.getByTestId("headline-usd").getByTestId("provenance");
    await trigger.focus();
    await page.keyboard.press("Enter");
    const pop = page.locator("[popover]:popover-open");
    await expect(pop).toHaveCount(1);
    const before = await pop.boundingBox();
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await pop.boundingBox())?.y).toBeLessThan((before?.y ?? 0) - 60);
    // Tab through the popover's own links and button, then on: it closes.
    for (let i = 0; i < 12 && (await pop.count()) > 0; i++) await page.keyboard.press("Tab");
    await expect(pop).toHaveCount(0);
  });

  test("17: a page is its own canonical, with its twin in the other language, at SITE_URL, never localhost", async ({ page }) => {
    // `npm test` builds with SITE_URL=http://127.0.0.1:3100; a build without it has none of these (unit-tested).
    await page.goto("/en/sources");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", "http://127.0.0.1:3100/en/sources");
    await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute("href", "http://127.0.0.1:3100/id/sources");
    await page.goto("/id/goods");
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", "http://127.0.0.1:3100/og/id/USD");
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", "http://127.0.0.1:3100/id/goods");
    expect(await page.content()).not.toContain("localhost");
  });
});

test("@phone 16: the trend's event markers never overlap, at 360 px and in landscape", async ({ page, isMobile }) => {
  test.skip(!isMobile, "needs the phone project");
  for (const size of [{ width: 360, height: 780 }, { width: 844, height: 390 }]) {
    await page.setViewportSize(size);
    await gotoLive(page, "/id");
    await page.locator("#fig-trend").scrollIntoViewIfNeeded();
    const markers = page.locator("#fig-trend [data-event] circle");
    await expect(markers).toHaveCount(4);
    const boxes = await markers.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (!a || !b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `markers ${i + 1} and ${j + 1} at ${size.width} px`).toBe(false);
      }
    // The chart with markers is a group named by its title, so each marker keeps its own name.
    await expect(page.locator("#fig-trend").getByRole("group", { name: await page.locator("#fig-trend h2").innerText(), exact: true })).toHaveCount(1);
  }
});
