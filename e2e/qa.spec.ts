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

  test("16: the summary's sources button is a drawn icon, not a font glyph", async ({ page }) => {
    await gotoLive(page, "/en");
    const button = page.locator("#fig-trend .prov--info");
    await expect(button.locator("svg.info-icon")).toHaveCount(1);
    expect(await button.innerText()).not.toContain("ⓘ");
  });

  test("17: a page is its own canonical, with its twin in the other language", async ({ page }) => {
    await page.goto("/en/sources");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/sources$/);
    await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute("href", /\/id\/sources$/);
  });
});
