import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, gotoLive, test } from "./fixtures";

const cell = (page: Page, table: string, keyPrefix: string, col: string) => page.locator(`#${table} tr[data-key^="${keyPrefix}"] td[data-col="${col}"]`);

test.describe("yuan", () => {
  test("CN¥ shows each year at the Fed's average, a figure China stated in yuan as stated, and names the rate", async ({ page }) => {
    await gotoLive(page, "/en?table=trend");
    await page.getByRole("radio", { name: "CN¥", exact: true }).check();
    await expect(page).toHaveURL(/\/en\?currency=CNY&table=trend$/);
    // 2024: Xinhua's CN¥674.15 billion as stated, no rate; 2023: US$89.4 billion × 7.0809.
    await expect(cell(page, "table-trend", "2024:CA5:total:CNY", "value")).toHaveText("674.15", { useInnerText: true });
    await expect(cell(page, "table-trend", "2024:CA5:total:CNY", "rate")).toHaveText("not converted", { useInnerText: true });
    await expect(cell(page, "table-trend", "2023:CA5:total", "exact")).toHaveText("CN¥633,032,460,000", { useInnerText: true });
    await expect(cell(page, "table-trend", "2023:CA5:total", "rate")).toHaveText("CN¥7.0809 (2023 average, yuan per US$)", { useInnerText: true });
    await expect(page.locator("#table-trend caption")).toContainText("CN¥, billion");
    await expect(page.getByTestId("headline-cny")).toHaveText("CN¥674.15 billion", { useInnerText: true });
    await expect(page.getByTestId("headline-usd")).toHaveText("as China stated it in yuan; US$94.82 billion in US dollars", { useInnerText: true });
    await expect(page.getByTestId("controls")).toContainText("each year's average USD/CNY rate");
  });
});

test.describe("your rate", () => {
  test("typing a rate moves every number, a bad one is explained while the last good one stays, and it survives reload and language", async ({ page }) => {
    await gotoLive(page, "/id?table=trend");
    await page.getByRole("radio", { name: "Kurs Anda" }).check();
    // It starts from the article's rate and shows rupiah.
    await expect(page).toHaveURL(/\/id\?currency=IDR&rate=custom&idrPerUsd=16296&table=trend$/);
    const field = page.getByLabel("Kurs Anda, rupiah per US$");
    await expect(field).toHaveValue("16.296");

    await field.fill("17.000");
    await expect(page).toHaveURL(/idrPerUsd=17000/);
    await expect(cell(page, "table-trend", "2024:CA5:total", "value")).toHaveText("1.611,94", { useInnerText: true });
    await expect(cell(page, "table-trend", "2024:CA5:total", "rate")).toHaveText("Rp17.000 (kurs Anda)", { useInnerText: true });
    await expect(page.getByTestId("headline-idr")).toHaveText("Rp1.611,94 triliun", { useInnerText: true });
    await expect(page.getByTestId("headline-usd")).toHaveText("setara US$94,82 miliar; kurs Rp17.000 per US$1 (kurs Anda)", { useInnerText: true });

    await field.fill("500");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("rate-message")).toHaveText("Masukkan kurs antara 1.000 dan 100.000 rupiah per US$. Angka tetap memakai Rp17.000.");
    await expect(cell(page, "table-trend", "2024:CA5:total", "value")).toHaveText("1.611,94", { useInnerText: true });
    await field.fill("16.296,555");
    await expect(page.getByTestId("rate-message")).toContainText("paling banyak 2 desimal");
    await expect(page).toHaveURL(/idrPerUsd=17000/);

    await page.reload();
    await expect(page.getByTestId("headline-idr")).toHaveText("Rp1.611,94 triliun", { useInnerText: true });
    await page.getByRole("link", { name: "English: read this page in English" }).click();
    await expect(page).toHaveURL(/\/en\?currency=IDR&rate=custom&idrPerUsd=17000&table=trend$/);
    await expect(page.getByLabel("Your rate, rupiah per US$")).toHaveValue("17,000");
    await expect(cell(page, "table-trend", "2024:CA5:total", "rate")).toHaveText("Rp17,000 (your rate)", { useInnerText: true });
    await expect(page.locator("#fig-trend")).toContainText("Rp1,611.94 trillion");
  });

  test("the figure's CSV names your rate in every row", async ({ page }) => {
    await gotoLive(page, "/en?currency=IDR&rate=custom&idrPerUsd=17000");
    const download = page.waitForEvent("download");
    await page.locator("#fig-trend").getByRole("button", { name: "Download CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("china-central-asia-trade-1992-2025-IDR-your-rate-17000.csv");
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text).toContain("trend,2024,year,CA5,total,1611.94,trillion,IDR,1611940000000000,,,,,your rate,USD->IDR 17000 (your rate),reader,");
  });
});

test.describe("growth and constant dollars", () => {
  test("levels, change on the previous year and average growth, each in the URL", async ({ page }) => {
    await gotoLive(page, "/en?table=trend");
    await page.getByRole("radio", { name: "Change on previous year (%)" }).check();
    await expect(page).toHaveURL(/growth=yoy/);
    // 2024 (The Astana Times) and 2023 (bne IntelliNews) are two sources: the change says so (#18 item 10).
    await expect(cell(page, "table-trend", "2024:CA5:total", "change")).toHaveText("+6.1% †", { useInnerText: true });
    await expect(page.locator("#fig-trend figcaption")).toContainText("2021, 2022, 2023, 2024, 2025 (†): the change compares figures from two different sources");
    await expect(cell(page, "table-trend", "1992:CA5:total", "change")).toHaveText("—", { useInnerText: true });
    await expect(page.getByTestId("summary-trend")).toHaveText("In 2025, trade changed by +12.1% on 2024 (US$106.3 billion, from US$94.82 billion).");

    await page.getByRole("radio", { name: "Average annual growth" }).check();
    await expect(page).toHaveURL(/growth=cagr/);
    await expect(page.getByTestId("summary-trend")).toHaveText("From US$460 million in 1992 to US$106.3 billion in 2025, trade grew on average +17.9% a year (compound, over 33 years).");
    await page.getByTestId("controls").getByLabel("From", { exact: true }).selectOption("2015");
    await expect(page.getByTestId("summary-trend")).toContainText("over 10 years");
    await expect(page.locator("#table-trend thead")).toContainText("2015 (US$, billion)");
    await page.getByRole("radio", { name: "Levels" }).check();
    await expect(page).toHaveURL(/\/en\?from=2015&table=trend$/);
  });

  test("constant US dollars name the deflator and base year in the table, axis caption and provenance", async ({ page }) => {
    await gotoLive(page, "/en?table=trend");
    await page.getByRole("radio", { name: "Constant (2025)" }).check();
    await page.getByTestId("controls").getByLabel("Prices of", { exact: true }).selectOption("2024");
    await expect(page).toHaveURL(/prices=constant&base=2024/);
    await expect(page.locator("#table-trend caption")).toContainText("US$ at 2024 prices, billion");
    await expect(cell(page, "table-trend", "1992:CA5:total", "exact")).toHaveText("US$1,028,488,525", { useInnerText: true });
    await expect(cell(page, "table-trend", "1992:CA5:total", "rate")).toHaveText("× 313.689 (US CPI-U 2024) → ÷ 140.3 (US CPI-U 1992)", { useInnerText: true });
    await expect(page.getByTestId("summary-trend")).toContainText("(US dollars at 2024 prices, deflated by the US CPI-U.)");
  });

  for (const path of ["/id?currency=CNY&growth=yoy&lines=countries", "/en?currency=IDR&rate=custom&idrPerUsd=17000&growth=cagr&table=trend", "/en?prices=constant&table=trend"]) {
    // A whole-page audit per view: the views' numbers are asserted above in npm test, their axe scans in test:full.
    test(`axe finds nothing on ${path}`, { tag: "@full" }, async ({ page }) => {
      test.setTimeout(90_000);
      await gotoLive(page, path);
      await page.locator("#fig-trend").scrollIntoViewIfNeeded();
      await expect(page.locator(path.includes("table=") ? "#table-trend" : "#fig-trend .recharts-wrapper > svg")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
