import { expect, test } from "./fixtures";

/**
 * The pages are prerendered: without JavaScript the server's HTML is the default view whatever the
 * address asks for, so the page says so at the top.
 */
const NOTICE = {
  id: /^Tanpa JavaScript, halaman ini menampilkan tampilan bawaannya: dolar AS \(rupiah pada kurs artikel\), 1992–2025\. Pengaturan di alamat halaman .*memerlukan JavaScript\.$/,
  en: /^Without JavaScript, this page shows its default view: US dollars \(rupiah at the article's rate\), 1992–2025\. The settings in the page's address .*need JavaScript\.$/,
};

const PAGES = [
  ["/id", "id", "[data-testid=headline-usd]"],
  ["/en", "en", "[data-testid=headline-usd]"],
  // Rewritten to the rupiah view's prerendered copy (its share card shows rupiah; its HTML, dollars).
  ["/id?currency=IDR&rate=annual", "id", "[data-testid=headline-usd]"],
  ["/en?currency=CNY", "en", "[data-testid=headline-usd]"],
  ["/embed/en/trend?currency=CNY", "en", "figure"],
  ["/embed/id/shares", "id", "figure"],
] as const;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, lang, first] of PAGES) {
    test(`${path} says at the top that it shows the default view`, async ({ page }) => {
      await page.goto(path);
      const notice = page.getByTestId("nojs-notice");
      await expect(notice).toHaveText(NOTICE[lang], { useInnerText: true });
      await expect(notice).toBeVisible();
      const noticeBox = await notice.boundingBox();
      const firstBox = await page.locator(first).first().boundingBox();
      expect(noticeBox && firstBox && noticeBox.y + noticeBox.height <= firstBox.y, "the notice is above the numbers").toBe(true);
    });
  }
});

test("with JavaScript the notice is not shown", async ({ page }) => {
  await page.goto("/en?currency=CNY");
  await expect(page.getByTestId("headline-cny")).toBeVisible();
  await expect(page.getByTestId("nojs-notice")).toHaveCount(0);
  await expect(page.getByText("Without JavaScript, this page")).toHaveCount(0);
});
