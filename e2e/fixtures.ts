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
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
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
