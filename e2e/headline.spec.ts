import { expect, expectNoAxeViolations, gotoLive, test } from "./fixtures";

test.describe("headline", () => {
  test("/id shows the 2024 total in dollars and rupiah, the change and its sources", async ({ page }) => {
    await page.goto("/id");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByTestId("headline-usd")).toHaveText("US$94,82 miliar", { useInnerText: true });
    await expect(page.getByTestId("headline-idr")).toHaveText("setara Rp1.545,19 triliun pada kurs artikel Rp16.296 per US$1", { useInnerText: true });
    await expect(page.getByTestId("headline-change")).toHaveText("+US$5,42 miliar (+6,1%) dibanding 2023 (US$89,4 miliar)", { useInnerText: true });
    await page.getByTestId("headline-sources").getByRole("link", { name: "The Astana Times, Januari 2025" }).click();
    // The dashboard lists no sources of its own (#27: that was the plain page's weight again): the link opens the entry on the sources page.
    await expect(page).toHaveURL(/\/id\/sources#src-astanatimes-2025-01$/);
    await expect(page.locator("#src-astanatimes-2025-01")).toContainText("Kazakhstan ranks first among China's Central Asian trade partners in 2024");
    await page.goBack();
    await expectNoAxeViolations(page);
  });

  test("the headline's provenance opens by click and names The Astana Times", async ({ page }) => {
    await page.goto("/id");
    const trigger = page.getByTestId("headline-usd").getByTestId("provenance");
    await trigger.click();
    const pop = page.locator(`#${await trigger.getAttribute("popovertarget")}`);
    await expect(pop).toBeVisible();
    // Loaded on opening (issue #27): the status and the source's title, beyond the short line the HTML has.
    await expect(pop).toContainText("dilaporkan");
    await expect(pop.getByRole("link", { name: "Kazakhstan ranks first among China's Central Asian trade partners in 2024" })).toBeVisible();
    await expect(pop).toContainText("The Astana Times");
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
    const link = page.getByTestId("lang-switch");
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

/** The headline's source line: the labels and names a reader sees under it. */
const sourceLine = (page: import("@playwright/test").Page) => page.getByTestId("headline-sources");

test.describe("the headline follows every money setting (#18)", () => {
  test("2: in yuan the change compares two yuan figures of one kind, and says which", async ({ page }) => {
    await page.goto("/en?currency=CNY");
    await expect(page.getByTestId("headline-cny")).toHaveText("CN¥674.15 billion", { useInnerText: true });
    // Both years converted from US dollars at each year's Fed average (7.1957, 7.0809): never Xinhua's
    // stated 2024 yuan against a converted 2023, which gave +6.5%.
    await expect(page.getByTestId("headline-change")).toHaveText(
      "+CN¥49.26 billion (+7.8%) from 2023 (CN¥633.03 billion); both years from US dollars at each year's average rate (2024: CN¥682.3 billion)",
      { useInnerText: true },
    );
  });

  test("3: in yuan the source line names Xinhua's yuan figure and the yuan rates' sources, not ANTARA's rate", async ({ page }) => {
    await page.goto("/en?currency=CNY");
    await expect(page.getByTestId("headline-cny")).toHaveText("CN¥674.15 billion", { useInnerText: true });
    await expect(sourceLine(page).getByRole("link", { name: /^Xinhua \(China Daily mirror\), 15 June 2025$/ })).toBeVisible();
    await expect(sourceLine(page).getByRole("link", { name: /^Board of Governors of the Federal Reserve System, 1 February 2024$/ })).toBeVisible();
    await expect(sourceLine(page).locator('[data-source-id="fred-aexchus-datahub"]')).toBeVisible();
    await expect(sourceLine(page).locator('[data-source-id="antara-2025-06-17"]')).toHaveCount(0);
  });

  test("3: at the annual rate the source line names the annual rate's source", async ({ page }) => {
    await page.goto("/id?currency=IDR&rate=annual");
    await expect(page.getByTestId("headline-idr")).toHaveText("Rp1.502,04 triliun", { useInnerText: true });
    // The line above shows 2024's average; the change says 2023 went through its own.
    await expect(page.getByTestId("headline-change")).toContainText("dibanding 2023 (Rp1.363,08 triliun); 2023 dengan rata-ratanya sendiri, Rp15.247 per US$1");
    await expect(sourceLine(page)).toContainText("Kurs 2023, 2024: Republic of Indonesia, SEC Form 18-K/A, Exhibit 99.D (Bank Indonesia data), 25 Juli 2025");
    await expect(sourceLine(page).locator('[data-source-id="antara-2025-06-17"]')).toHaveCount(0);
  });

  test("3: at your rate the source line says your rate", async ({ page }) => {
    await page.goto("/en?rate=custom&idrPerUsd=17000&currency=IDR");
    await expect(page.getByTestId("headline-idr")).toHaveText("Rp1,611.94 trillion", { useInnerText: true });
    await expect(sourceLine(page)).toContainText("Rate: your rate");
    await expect(sourceLine(page).locator('[data-source-id="antara-2025-06-17"]')).toHaveCount(0);
  });

  test("9: in constant dollars the headline is the trend's figure, says so and names the price index", async ({ page }) => {
    await gotoLive(page, "/en?prices=constant&base=2010&table=trend");
    await expect(page.locator('#table-trend tr[data-key^="2024:CA5:total"] td[data-col="value"]')).toHaveText("65.91", { useInnerText: true });
    await expect(page.getByTestId("headline-usd")).toHaveText("US$65.91 billion", { useInnerText: true });
    await expect(page.getByTestId("headline-change")).toHaveText("+US$1.93 billion (+3.0%) from 2023 (US$63.98 billion)", { useInnerText: true });
    // Beside it, what it is and the dollars of 2024 as the source states them.
    await expect(page.getByTestId("headline-nominal")).toHaveText("at 2010 prices (US CPI-U); US$94.82 billion in 2024 dollars, as stated", { useInnerText: true });
    await expect(sourceLine(page).locator('[data-source-id="bls-m13-pgooch"]')).toBeVisible();
    await expect(sourceLine(page)).toContainText("US CPI-U 2010");
  });

  test("9: with unit=million the headline is in millions, as the summaries are", async ({ page }) => {
    await page.goto("/en?unit=million");
    await expect(page.getByTestId("headline-usd")).toHaveText("US$94,820 million", { useInnerText: true });
    await expect(page.getByTestId("headline-idr")).toHaveText("or Rp1,545,186,720 million at the article's rate of Rp16,296 per US$1", { useInnerText: true });
    await expect(page.getByTestId("headline-change")).toHaveText("+US$5,420 million (+6.1%) from 2023 (US$89,400 million)", { useInnerText: true });
  });

  test("9: /id in constant 2010 dollars and millions: both settings at once, in the page's number style", async ({ page }) => {
    await page.goto("/id?prices=constant&base=2010&unit=million");
    await expect(page.getByTestId("headline-usd")).toHaveText("US$65.912,64 juta", { useInnerText: true });
    await expect(page.getByTestId("headline-change")).toHaveText("+US$1.934,7 juta (+3,0%) dibanding 2023 (US$63.977,94 juta)", { useInnerText: true });
  });
});
