import { expect, gotoLive, test } from "./fixtures";

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ png: b.subarray(1, 4).toString("latin1") === "PNG", width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test.describe("share cards", () => {
  for (const [path, main] of [
    ["/id", "headline-usd"],
    ["/en", "headline-usd"],
    ["/id?currency=IDR&rate=annual", "headline-idr"],
    ["/en?currency=CNY", "headline-cny"],
  ] as const) {
    test(`${path} has a 1200 × 630 card whose words are its headline`, async ({ page, request }) => {
      await gotoLive(page, path);
      const headline = (await page.getByTestId(main).first().innerText()).trim();
      const change = (await page.getByTestId("headline-change").innerText()).trim();
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      const alt = await page.locator('meta[property="og:image:alt"]').getAttribute("content");
      expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
      expect(alt).toContain(headline);
      // The card's words are composed by the page's own builder: its change too, word for word.
      expect(alt).toContain(change);
      const { pathname } = new URL(image ?? "");
      const res = await request.get(pathname);
      expect(res.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await res.body())).toEqual({ png: true, width: 1200, height: 630 });
    });
  }

  test("a view with your own rate keeps the dollar card, whose numbers stay true", async ({ page }) => {
    await page.goto("/en?currency=IDR&rate=custom&idrPerUsd=17000");
    expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toMatch(/\/og\/en\/USD$/);
  });
});

test("printing gives the headline, figures and sources without controls, and the view's address", async ({ page }) => {
  await gotoLive(page, "/en?currency=IDR&from=2010");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("controls")).toBeHidden();
  await expect(page.locator("#fig-trend [data-testid=figure-bar]")).toBeHidden();
  await expect(page.locator("[data-testid=embed-code]").first()).toBeHidden();
  await expect(page.getByTestId("headline-idr")).toBeVisible();
  await expect(page.locator("#fig-trend [data-testid=source-line]")).toBeVisible();
  await expect(page.getByTestId("print-url")).toHaveText(/^This view online: http:\/\/[^/]+\/en\?currency=IDR&from=2010$/);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
});
