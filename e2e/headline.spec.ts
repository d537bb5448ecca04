import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("headline", () => {
  test("/id shows the 2024 total in dollars and rupiah, the change and its sources", async ({ page }) => {
    await page.goto("/id");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByTestId("headline-usd")).toHaveText("US$94,82 miliar", { useInnerText: true });
    await expect(page.getByTestId("headline-idr")).toHaveText("setara Rp1.545,19 triliun pada kurs artikel Rp16.296 per US$1", { useInnerText: true });
    await expect(page.getByTestId("headline-change")).toHaveText("+US$5,42 miliar (+6,1%) dibanding 2023 (US$89,4 miliar)", { useInnerText: true });
    await page.locator(".headline__sources").getByRole("link", { name: "The Astana Times, Januari 2025" }).click();
    await expect(page).toHaveURL(/#src-astanatimes-2025-01$/);
    await expect(page.locator("#src-astanatimes-2025-01")).toContainText("Kazakhstan ranks first among China's Central Asian trade partners in 2024");
    await expectNoAxeViolations(page);
  });

  test("/en shows the same figures in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("headline-usd")).toHaveText("US$94.82 billion", { useInnerText: true });
    await expect(page.getByTestId("headline-idr")).toHaveText("or Rp1,545.19 trillion at the article's rate of Rp16,296 per US$1", { useInnerText: true });
    await expect(page.getByTestId("headline-change")).toHaveText("+US$5.42 billion (+6.1%) from 2023 (US$89.4 billion)", { useInnerText: true });
    await expect(page.getByRole("link", { name: "ANTARA (Xinhua), 17 June 2025" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the language switch leads to the other language, its name holding its visible text", async ({ page }) => {
    await page.goto("/id");
    const link = page.locator(".lang-switch");
    // WCAG 2.5.3: the accessible name contains the words a reader sees.
    expect(await link.getAttribute("aria-label")).toContain((await link.innerText()).trim());
    await page.getByRole("link", { name: "English: read this page in English" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByTestId("headline-usd")).toHaveText("US$94.82 billion", { useInnerText: true });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the headline numbers are in the server HTML", async ({ page }) => {
    await page.goto("/id");
    await expect(page.getByTestId("headline-usd")).toHaveText("US$94,82 miliar", { useInnerText: true });
    await expect(page.getByTestId("headline-idr")).toContainText("Rp1.545,19 triliun");
  });
});

test("@phone the headline fits a phone screen", async ({ page }) => {
  await page.goto("/id");
  await expect(page.getByTestId("headline-usd")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
