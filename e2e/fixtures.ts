import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** Every page test fails if the page logs a console error or throws. */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Errors a test provokes on purpose (e.g. a 500 it routes), matched by text. */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error" && !allowedConsoleErrors.some((re) => re.test(msg.text()))) errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
  // Only violations are asserted: not collecting passes and incomplete checks takes a quarter off a whole-page scan.
  // Legacy mode runs axe in the page itself instead of per frame and then again in a new blank page: 2–2.5× faster
  // on the dashboard (19 s against 48 s, interleaved runs on two busy cores). What it gives up is scanning
  // cross-origin frames, and no page scanned here has one.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Waits until the dashboard has hydrated, has its data and shows the view in the URL. */
export async function gotoLive(page: Page, url: string) {
  await page.goto(url);
  // The live dashboard loads as the figures near the viewport (at once when the link names a view).
  await expect(page.locator("[data-testid=dashboard][data-live]")).toBeAttached();
  // evaluate, not a locator: the server's figures may be swapped for the live ones meanwhile.
  await page.evaluate(() => document.querySelector("[data-testid=dashboard]")?.scrollIntoView());
  await expect(page.locator("[data-testid=dashboard][data-ready]")).toBeAttached();
}

/** Asks the browser to draw every chart now, as it does before printing (WhenVisible), and waits for them. */
export async function drawAllCharts(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  // Six charts at once take a while on two busy cores.
  await expect(page.getByTestId("chart-box").first()).toBeAttached();
  await expect(page.locator('[data-testid="chart-box"]:not(:has(.recharts-wrapper svg))')).toHaveCount(0, { timeout: 15_000 });
}
