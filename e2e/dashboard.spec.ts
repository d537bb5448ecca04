import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { drawAllCharts, expect, expectNoAxeViolations, gotoLive, test } from "./fixtures";

const cell = (page: Page, table: string, keyPrefix: string, col: string) => page.locator(`#${table} tr[data-key^="${keyPrefix}"] td[data-col="${col}"]`);

test.describe("toggles", () => {
  test.describe("with the API unreachable", () => {
    test.use({ allowedConsoleErrors: [/ERR_FAILED/] });

    test("currency, rate and unit change every number without a request", async ({ page }) => {
    await gotoLive(page, "/id?table=trend");
    await expect(cell(page, "table-trend", "2024:CA5:total", "value")).toHaveText("94,82", { useInnerText: true });
    // With the API unreachable, a toggle must still update the page at once.
    await page.route("**/api/**", (route) => route.abort());

    await page.getByRole("radio", { name: "Rp", exact: true }).check();
    await expect(cell(page, "table-trend", "2024:CA5:total", "value")).toHaveText("1.545,19", { useInnerText: true });
    await expect(cell(page, "table-trend", "2024:CA5:total", "exact")).toHaveText("Rp1.545.186.720.000.000", { useInnerText: true });
    await expect(cell(page, "table-trend", "2024:CA5:total", "rate")).toHaveText("Rp16.296 (kurs artikel)", { useInnerText: true });
    await expect(page.locator("#table-trend caption")).toContainText("Rp, triliun");
    await expect(page.getByTestId("summary-trend")).toContainText("Rp1.545,19 triliun pada 2024");

    await page.getByRole("radio", { name: "Rata-rata tahunan" }).check();
    await expect(cell(page, "table-trend", "2024:CA5:total", "value")).toHaveText("1.502,04", { useInnerText: true });
    await expect(cell(page, "table-trend", "2024:CA5:total", "rate")).toHaveText("Rp15.841 (rata-rata 2024)", { useInnerText: true });
    // 2025 has no published average: the mean of its twelve monthly averages, named as derived.
    await expect(cell(page, "table-trend", "2025:CA5:total", "value")).toHaveText("1.750,96", { useInnerText: true });
    await expect(cell(page, "table-trend", "2025:CA5:total", "rate")).toHaveText("Rp16.471,8692 (rata-rata 12 bulan 2025 (turunan))", { useInnerText: true });
    await expect(cell(page, "table-trend", "1992:CA5:total", "value")).toHaveText("0,934", { useInnerText: true });

    await page.getByRole("radio", { name: "juta" }).check();
    await expect(cell(page, "table-trend", "2024:CA5:total", "value")).toHaveText("1.502.043.620,00", { useInnerText: true });
    await expect(page.locator("#table-trend caption")).toContainText("Rp, juta");
    await expect(page).toHaveURL(/\?currency=IDR&rate=annual&unit=million&table=trend$/);
    // The headline follows, unit included (#18 item 9): rupiah first at the 2024 average, the dollar figure beside it.
    await expect(page.getByTestId("headline-idr")).toHaveText("Rp1.502.043.620 juta", { useInnerText: true });
    await expect(page.getByTestId("headline-usd")).toHaveText("setara US$94.820 juta; kurs Rp15.841 per US$1 (rata-rata 2024)", { useInnerText: true });
    await expect(page.getByTestId("headline-change")).toHaveText("+Rp138.961.820 juta (+10,2%) dibanding 2023 (Rp1.363.081.800 juta); 2023 dengan rata-ratanya sendiri, Rp15.247 per US$1", { useInnerText: true });
    });
  });

  test("a copied link reopens the view, and back and forward step through views", async ({ page, context }) => {
    await gotoLive(page, "/en");
    await page.getByRole("radio", { name: "Rp", exact: true }).check();
    await page.getByRole("radio", { name: "Annual average" }).check();
    const url = page.url();
    expect(url).toMatch(/\/en\?currency=IDR&rate=annual$/);

    const other = await context.newPage();
    await other.goto(url);
    await expect(other.getByRole("radio", { name: "Rp", exact: true })).toBeChecked();
    await expect(other.getByTestId("summary-trend")).toContainText("Rp1,502.04 trillion in 2024");
    await other.close();

    await page.goBack();
    await expect(page).toHaveURL(/\/en\?currency=IDR$/);
    await expect(page.getByTestId("summary-trend")).toContainText("Rp1,545.19 trillion in 2024");
    await page.goBack();
    await expect(page.getByTestId("summary-trend")).toContainText("US$94.82 billion in 2024");
    await page.goForward();
    await expect(page.getByTestId("summary-trend")).toContainText("Rp1,545.19 trillion in 2024");
  });

  test("the language switch keeps the view", async ({ page }) => {
    await gotoLive(page, "/id?currency=IDR&unit=billion&table=shares");
    await expect(page.getByTestId("summary-trend")).toContainText("Rp1.545.186,72 miliar");
    await page.getByRole("link", { name: "English: read this page in English" }).click();
    await expect(page).toHaveURL(/\/en\?currency=IDR&unit=billion&table=shares$/);
    await expect(page.getByTestId("summary-trend")).toContainText("Rp1,545,186.72 billion in 2024");
    await expect(page.locator("#table-shares")).toBeVisible();
  });

  test("malformed link values fall back to the default view with a notice", async ({ page }) => {
    await gotoLive(page, "/id?currency=EUR&unit=zillion&year=1800&rate=annual");
    await expect(page.getByTestId("notices").getByRole("status")).toHaveText("Sebagian pengaturan di tautan tidak dikenali (mata uang, satuan, tahun pangsa); tampilan bawaan dipakai untuk itu.");
    await expect(page.getByRole("radio", { name: "US$", exact: true })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Rata-rata tahunan" })).toBeChecked();
    await expect(page.getByTestId("summary-trend")).toContainText("US$94,82 miliar");
  });
});

test.describe("figures", () => {
  test("pick years and countries; shares for another year; another partner's flows", async ({ page }) => {
    await gotoLive(page, "/en?table=countries,flows,shares");
    // The last five years are in view; the earlier ones sit behind a disclosure that names the ticked ones.
    const earlier = page.getByRole("group", { name: "Years" }).locator("summary");
    await expect(earlier).toHaveText("Earlier years (1992–2020) · 1 ticked: 2020");
    await earlier.click();
    await page.getByRole("group", { name: "Years" }).getByRole("checkbox", { name: "2020" }).uncheck();
    await page.getByRole("group", { name: "Years" }).getByRole("checkbox", { name: "2008" }).check();
    await page.getByRole("group", { name: "Countries" }).getByRole("checkbox", { name: "Turkmenistan" }).uncheck();
    await expect(page).toHaveURL(/years=2008,2022,2023,2024,2025&countries=KAZ,KGZ,TJK,UZB/);
    await expect(page.locator("#table-countries tbody tr")).toHaveCount(20);
    await expect(cell(page, "table-countries", "2008:KAZ:total", "value")).toHaveText("17.55", { useInnerText: true });
    await expect(cell(page, "table-countries", "2024:KAZ:total", "share")).toHaveText("46.2%", { useInnerText: true });

    await page.getByLabel("Year", { exact: true }).selectOption("2025");
    await expect(page.getByTestId("summary-shares")).toHaveText("Kazakhstan accounted for 45.8% of China–Central Asia trade in 2025, Kyrgyzstan for 25.6%.", { useInnerText: true });
    // Shares of the five's sum: one series, so they add up to 100% (the total reported beside them made it 100.1%).
    await expect(page.locator("#fig-shares figcaption")).toContainText("they add up to 100% before rounding");

    await page.getByLabel("Partner").selectOption("KGZ");
    await expect(cell(page, "table-flows", "2024:KGZ:balance", "value")).toHaveText("+17.10", { useInnerText: true });
    await expect(page.getByTestId("summary-flows")).toContainText("China exported US$22 billion to Kyrgyzstan");
  });

  test("the charts draw after the numbers, with markers for status", async ({ page }) => {
    await gotoLive(page, "/en");
    // Charts render as they near the viewport.
    await expect(page.locator("#fig-trend [data-testid=chart-slot]")).toBeAttached();
    await expect(page.locator("#fig-shares .recharts-wrapper")).toHaveCount(0);
    for (const id of ["trend", "countries", "flows", "shares"]) {
      await page.locator(`#fig-${id}`).scrollIntoViewIfNeeded();
      await expect(page.locator(`#fig-${id} .recharts-wrapper > svg`)).toBeVisible();
    }
    await expect(page.locator("#fig-trend .recharts-wrapper")).toContainText("US$, billion");
  });

  test("a toggle redraws the charts on screen; one out of sight catches up when scrolled to", async ({ page }) => {
    await gotoLive(page, "/en");
    await page.locator("#fig-mirror").scrollIntoViewIfNeeded();
    await expect(page.locator("#fig-mirror .recharts-wrapper")).toContainText("US$, billion");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("radio", { name: "Rp", exact: true }).check();
    await expect(page.locator("#fig-trend .recharts-wrapper")).toContainText("Rp, trillion");
    // Out of sight, the mirror chart has not been redrawn: that is the work a toggle saves.
    await expect(page.locator("#fig-mirror .recharts-wrapper")).toContainText("US$, billion");
    await page.locator("#fig-mirror").scrollIntoViewIfNeeded();
    await expect(page.locator("#fig-mirror .recharts-wrapper")).toContainText("Rp, trillion");
  });

  test("the CSV holds exactly the table's numbers", async ({ page }) => {
    await gotoLive(page, "/id?currency=IDR&table=trend");
    const download = page.waitForEvent("download");
    await page.locator("#fig-trend").getByRole("button", { name: "Unduh CSV" }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toContain("figure,period,period_type,partner,flow,value,unit,currency");
    const tableValues = await page.locator("#table-trend td[data-col=value]").allInnerTexts();
    const csvValues = lines.slice(1).map((l) => l.split(",")[5] ?? "");
    expect(csvValues).toHaveLength(tableValues.length);
    // The table writes Indonesian decimals; the CSV a plain decimal point with two places.
    const asNumber = (s: string) => Number(s.replaceAll(".", "").replace(",", "."));
    tableValues.forEach((text, i) => expect(Number(csvValues[i])).toBeCloseTo(asNumber(text), 2));
    expect(lines.find((l) => l.startsWith("trend,2024,"))).toContain(",1545.19,trillion,IDR,1545186720000000,,,,,article,USD->IDR 16296,antara-2025-06-17,,reported,astanatimes-2025-01");
  });

  test("PNG and SVG downloads of a chart stand alone: title, unit and rate, legend, sources, address", async ({ page }) => {
    await gotoLive(page, "/en?currency=IDR&rate=annual&lines=countries");
    await page.locator("#fig-trend").scrollIntoViewIfNeeded();
    await expect(page.locator("#fig-trend .recharts-wrapper > svg")).toBeVisible();
    const svgDownload = page.waitForEvent("download");
    await page.locator("#fig-trend").getByRole("button", { name: "Download SVG" }).click();
    const file = await svgDownload;
    expect(file.suggestedFilename()).toMatch(/IDR.*annual.*\.svg$/);
    const svgText = readFileSync(await file.path(), "utf8");
    expect(svgText).toContain("<title>China–Central Asia trade, 1992–2025</title>");
    expect(svgText).toContain(">Rp, trillion · Exchange rate: Annual average; 2025 twelve-month average (derived)</text>");
    expect(svgText).toContain(">Kazakhstan</text>");
    expect(svgText).toMatch(/>Source: [^<]*International Monetary Fund/);
    expect(svgText).toContain("This view online: http://127.0.0.1:3100/en?currency=IDR&amp;rate=annual&amp;lines=countries");
    const pngDownload = page.waitForEvent("download");
    await page.locator("#fig-trend").getByRole("button", { name: "Download PNG" }).click();
    const png = readFileSync(await (await pngDownload).path());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // Taller than the chart alone: the header, legend and sources are in the picture.
    const chartHeight = await page.locator("#fig-trend .recharts-wrapper > svg").evaluate((el) => el.getBoundingClientRect().height);
    expect(png.readUInt32BE(20) / 2).toBeGreaterThan(chartHeight + 100);
  });

  test("a chart download pressed before the chart has drawn waits for it and says so", async ({ page }) => {
    await gotoLive(page, "/en");
    // Hold back the chart code, then press Download on a chart far below that has not drawn yet.
    await page.route("**/_next/static/chunks/**", async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const figure = page.locator("#fig-mirror");
    const button = figure.getByRole("button", { name: "Download SVG" });
    await button.evaluate((b) => b.scrollIntoView({ block: "end" }));
    const download = page.waitForEvent("download", { timeout: 20_000 });
    await button.click();
    await expect(figure.getByRole("status")).toHaveText("Drawing the chart for the file…");
    const file = await download;
    expect(readFileSync(await file.path(), "utf8")).toContain("<svg");
    await expect(figure.locator("[data-testid=file-status]")).toHaveText("");
  });

});

test.describe("when the API fails", () => {
  test.use({ allowedConsoleErrors: [/status of 500/] });

  test("a failed request shows a notice with retry and keeps the data", async ({ page }) => {
  let fail = true;
  await page.route("**/api/dataset**", (route) => (fail ? route.fulfill({ status: 500, body: "{}" }) : route.fallback()));
  await page.goto("/en");
  // The dashboard's data loads as its figures near the viewport.
  await page.evaluate(() => document.querySelector("[data-testid=dashboard]")?.scrollIntoView());
  const notice = page.getByTestId("notices").getByRole("alert");
  await expect(notice).toContainText("could not be loaded");
  // The server-rendered numbers stay.
  await expect(page.getByTestId("summary-trend")).toContainText("US$94.82 billion in 2024");
  fail = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator("[data-testid=dashboard][data-ready]")).toBeAttached();
  await expect(page.getByTestId("summary-trend")).toContainText("US$94.82 billion in 2024");
  });
});

test.describe("accessibility", () => {
  for (const path of ["/id", "/en", "/id?currency=IDR", "/en?currency=IDR&rate=annual&table=trend,countries,flows,shares"]) {
    // One page load serves both colour schemes: the page follows the system's scheme without reloading.
    // /id and /en in npm test; the rupiah copy and the four open tables (each 15–25 s of axe) in test:full.
    const full = path.includes("currency=") ? { tag: "@full" } : {};
    test(`axe finds nothing on ${path}, light and dark`, full, async ({ page }) => {
      // Four open tables of the whole record, scanned twice: axe needs longer than the default on two cores.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: "light" });
      await gotoLive(page, path);
      await page.locator("#fig-trend").scrollIntoViewIfNeeded();
      await expect(page.locator(path.includes("table=") ? "#table-trend" : "#fig-trend .recharts-wrapper > svg")).toBeVisible();
      // Every chart drawn (as before printing), so one scan covers the whole page: the context panels, the
      // claim check, the year so far and the Indonesia figure included (they had scans of their own).
      await drawAllCharts(page);
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: "dark" });
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(21, 23, 26)");
      await expectNoAxeViolations(page);
    });
  }

  test("a focused element is never hidden under the sticky controls; on a short screen they do not stick", async ({ page }) => {
    await gotoLive(page, "/en");
    const target = page.locator("#fig-flows button[aria-pressed]").first();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await target.focus();
    const [bar, box] = await Promise.all([page.getByTestId("controls").boundingBox(), target.boundingBox()]);
    expect(box && bar && box.y >= bar.y + bar.height).toBe(true);
    await page.setViewportSize({ width: 844, height: 390 });
    expect(await page.getByTestId("controls").evaluate((el) => getComputedStyle(el).position)).toBe("static");
  });

  test("every control is reachable by keyboard", async ({ page }) => {
    await gotoLive(page, "/en");
    // From the top of the page, as a keyboard reader starts: gotoLive's scrollIntoView moved Chromium's
    // focus navigation starting point to the dashboard, so put it back at the body.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute("tabindex");
    });
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => document.activeElement?.textContent?.trim() || (document.activeElement as HTMLInputElement | null)?.value || ""));
    }
    for (const name of ["Chart", "Table", "Download CSV", "USD", "article"]) expect([...reached].join("|")).toContain(name);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("summaries and tables are in the server HTML", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("[data-testid=dashboard][data-live]")).toHaveCount(0);
    await expect(page.getByTestId("summary-trend")).toHaveText(
      "From US$460 million in 1992, trade rose to US$94.82 billion in 2024 (up from US$89.4 billion in 2023). Latest full year, 2025: US$106.3 billion.", { useInnerText: true });
    await expect(page.getByTestId("summary-countries")).toContainText("Kazakhstan");
    await expect(page.locator("#fig-countries")).toBeVisible();
    // Without JavaScript there is no chart box and no control; each table is open.
    await expect(page.locator("#fig-trend [data-testid=chart-box]")).toBeHidden();
    await expect(page.getByRole("radio", { name: "Rp", exact: true })).toHaveCount(0);
    await expect(page.locator("#table-flows")).toBeVisible();
    // The server's tables: period, value (in the figure's unit) and status.
    const row2024 = page.locator("#table-trend tbody tr").filter({ has: page.locator("th", { hasText: /^2024$/ }) });
    await expect(row2024.locator("td")).toHaveText(["94.82", "reported"]);
    await expect(page.locator("#table-mirror caption")).toContainText("China's figures and Kazakhstan's own");
    await expect(page.locator("#table-world tbody tr")).toHaveCount(34);
  });
});

test("@phone no horizontal scroll at 360 and 390 px; tooltips open by touch", async ({ page, isMobile }) => {
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await gotoLive(page, "/id?table=countries");
    await page.locator("#fig-trend").scrollIntoViewIfNeeded();
    await expect(page.locator("#fig-trend .recharts-wrapper > svg")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `overflow at ${width}px`).toBeLessThanOrEqual(0);
  }
  if (isMobile) {
    await page.locator("#fig-shares").scrollIntoViewIfNeeded();
    const bar = page.locator("#fig-shares .recharts-bar-rectangle").first();
    await bar.scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    if (!box) throw new Error("no bar");
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator("#fig-shares [data-testid=chart-tooltip]")).toContainText("Kazakhstan");
  }
});

/** Each cell's content (its text and elements, overflow included) against its cell's box and its row's other cells. */
function cellsOverlapping(selector: string): string[] {
  const contentBox = (n: Node) => {
    const r = document.createRange();
    r.selectNodeContents(n);
    return r.getBoundingClientRect();
  };
  const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const problems: string[] = [];
  for (const table of document.querySelectorAll(selector)) {
    for (const tr of table.querySelectorAll("tr")) {
      const cells = [...tr.children].map((c) => ({ text: c.textContent?.trim() ?? "", box: c.getBoundingClientRect(), content: contentBox(c) })).filter((c) => c.content.width > 0);
      for (const c of cells) if (c.content.left < c.box.left - 0.5 || c.content.right > c.box.right + 0.5) problems.push(`“${c.text}” runs out of its cell`);
      cells.forEach((a, i) => cells.slice(i + 1).forEach((b) => overlap(a.content, b.content) && problems.push(`“${a.text}” over “${b.text}”`)));
    }
  }
  return problems;
}

test("@phone the year so far and the article check fit a phone: no name over a number, the verdict in view (issue #28)", async ({ page }) => {
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/id");
    await expect(page.locator('[data-ytd="2025-01/2025-10|USD"]')).toBeVisible();
    expect(await page.evaluate(cellsOverlapping, "[data-ytd]"), `year so far at ${width}px`).toEqual([]);
    // The claim check stacks: every verdict is on screen, and its box has nothing to scroll sideways.
    const claims = page.locator("#claims");
    for (const verdict of await claims.locator("td[data-col=verdict]").all()) {
      const box = await verdict.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width, `verdict at ${width}px: ${JSON.stringify(box)}`).toBe(true);
    }
    expect(await claims.locator("[role=region]").evaluate((el) => el.scrollWidth - el.clientWidth), `claims at ${width}px`).toBeLessThanOrEqual(0);
  }
});

test("@phone without JavaScript, no horizontal scroll at 360 px: each figure's table scrolls in its own box", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/id", "/en"]) {
    await page.goto(path);
    await expect(page.locator("#table-indonesia")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
