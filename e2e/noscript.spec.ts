import { expect, test } from "./fixtures";

/**
 * The pages are prerendered: without JavaScript the server's HTML is the default view whatever the
 * address asks for, so the page says so at the top.
 */
const NOTICE = {
  id: /^Tanpa JavaScript, halaman ini menampilkan tampilan bawaannya: dolar AS \(rupiah pada kurs artikel\), 1992–2025\. Pengaturan di alamat halaman .*memerlukan JavaScript\.$/,
  en: /^Without JavaScript, this page shows its default view: US dollars \(rupiah at the article's rate\), 1992–2025\. The settings in the page's address .*need JavaScript\.$/,
};

/** A rupiah or yuan link's copy names the view asked for, and says the numbers are the default view's US dollars (issue #28). */
const copy = (lang: "id" | "en", view: string) =>
  lang === "id"
    ? new RegExp(`^Tanpa JavaScript, halaman ini tidak dapat menampilkan tampilan yang diminta tautannya \\(${view}\\), .*memerlukan JavaScript\\. Yang ditampilkan adalah tampilan bawaan: angka di bagian atas, grafik, dan tabel dalam dolar AS .*, 1992–2025\\.$`)
    : new RegExp(`^Without JavaScript, this page cannot show the view its link asks for \\(${view}\\), .*need JavaScript\\. It shows the default view instead: the headline, figures and tables in US dollars .*, 1992–2025\\.$`);

const PAGES = [
  ["/id", NOTICE.id, "[data-testid=headline-usd]"],
  ["/en", NOTICE.en, "[data-testid=headline-usd]"],
  // Rewritten to the rupiah and yuan views' prerendered copies (their share cards show rupiah or yuan; their HTML, dollars).
  ["/id?currency=IDR", copy("id", "semua angka dalam rupiah pada kurs artikel"), "[data-testid=headline-usd]"],
  ["/id?currency=IDR&rate=annual", copy("id", "semua angka dalam rupiah pada kurs rata-rata tiap tahun"), "[data-testid=headline-usd]"],
  ["/en?currency=CNY", copy("en", "every number in yuan"), "[data-testid=headline-usd]"],
  ["/embed/en/trend?currency=CNY", NOTICE.en, "figure"],
  ["/embed/id/shares", NOTICE.id, "figure"],
] as const;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, expected, first] of PAGES) {
    test(`${path} says at the top that it shows the default view`, async ({ page }) => {
      await page.goto(path);
      const notice = page.getByTestId("nojs-notice");
      await expect(notice).toHaveText(expected, { useInnerText: true });
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
