import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The look of the key views, pixel for pixel, so moving or trimming CSS cannot change a page
 * unnoticed. Baselines live in e2e/__screenshots__ (one per view, no platform suffix): CI installs
 * the same Chromium and fonts (.ci/run). Update one on purpose with --update-snapshots, and say why.
 *
 * The viewport is tall enough to hold the headline and the first figure at the top of the page:
 * nothing scrolls, so the sticky controls never cover what is taken, and the chart is drawn.
 */
const DESKTOP = { width: 1280, height: 2200 };
/**
 * Two busy cores: the dashboard's script, a chart's first draw and a tall capture (taken twice, to
 * see it is still) can each take longer than the usual five seconds.
 */
const SHOT = { timeout: 20_000 };
const WAIT = { timeout: 20_000 };

/** Charts are drawn (and measured by their ResizeObserver) and the fonts are in. */
async function settled(page: Page, figures: readonly string[]) {
  for (const f of figures) await expect(page.locator(`#fig-${f} .recharts-wrapper > svg`)).toBeVisible(WAIT);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A chart measures its box after it first draws: wait until two frames see the same size.
  await expect
    .poll(() =>
      page.evaluate(async (ids) => {
        const sizes = () => ids.map((f) => document.querySelector(`#fig-${f} .recharts-wrapper > svg`)?.getBoundingClientRect().width ?? 0).join();
        const before = sizes();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return before === sizes();
      }, figures),
      WAIT,
    )
    .toBe(true);
}

/** The dashboard live, its first figure drawn (unless the view shows it as a table), and the page back at its top. */
async function dashboardTop(page: Page, url: string, charts: readonly string[] = ["trend"]) {
  await page.goto(url);
  // The tall viewport holds the first figure, so the live dashboard loads without scrolling.
  await expect(page.locator("[data-ready]")).toBeAttached(WAIT);
  await settled(page, charts);
}

test.describe("screenshots, desktop", () => {
  test.use({ viewport: DESKTOP, colorScheme: "light" });

  for (const lang of ["id", "en"] as const) {
    test(`/${lang}: header, headline, claims, controls and the trend`, async ({ page }) => {
      await dashboardTop(page, `/${lang}`);
      await expect(page).toHaveScreenshot(`${lang}-top.png`, SHOT);
    });
  }

  test("/id in rupiah at each year's average rate", async ({ page }) => {
    await dashboardTop(page, "/id?currency=IDR&rate=annual");
    await expect(page).toHaveScreenshot("id-rupiah-annual-top.png", SHOT);
  });

  test("/en: a figure as a table", async ({ page }) => {
    await dashboardTop(page, "/en?table=trend", []);
    await expect(page.locator("#table-trend")).toBeVisible(WAIT);
    await expect(page).toHaveScreenshot("en-table-top.png", SHOT);
  });

  test("/id/goods, the whole page", async ({ page }) => {
    await page.goto("/id/goods");
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await expect(page).toHaveScreenshot("id-goods.png", { ...SHOT, fullPage: true });
  });

  test("/id printed", async ({ page }) => {
    await dashboardTop(page, "/id");
    await page.emulateMedia({ media: "print" });
    // The printed address names the server's port, which differs between machines.
    await expect(page).toHaveScreenshot("id-print-top.png", { ...SHOT, mask: [page.getByText(/^Tampilan ini daring:/)] });
  });
});

test.describe("screenshots, dark", () => {
  test.use({ viewport: DESKTOP });

  test("/id dark, as the system asks", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await dashboardTop(page, "/id");
    await expect(page).toHaveScreenshot("id-dark-system-top.png", SHOT);
  });

  test("/en dark, chosen with the theme switch on a light system", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await dashboardTop(page, "/en");
    await page.getByLabel("Theme", { exact: true }).selectOption("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    // The chart re-reads its colours when the theme changes.
    await settled(page, ["trend"]);
    await expect(page).toHaveScreenshot("en-dark-switch-top.png", SHOT);
  });
});

test.describe("screenshots, phone", () => {
  // Tall enough for the whole trend under the claims, which stack on a phone (issue #28).
  test.use({ viewport: { width: 390, height: 4400 }, isMobile: true, hasTouch: true, colorScheme: "light" });

  test("/id at 390 px: headline, claims, controls and the trend", async ({ page }) => {
    await dashboardTop(page, "/id");
    await expect(page).toHaveScreenshot("id-phone-top.png", SHOT);
  });
});

test.describe("screenshots, without JavaScript", () => {
  test.use({ viewport: DESKTOP, javaScriptEnabled: false, colorScheme: "light" });

  test("/id without JavaScript: the notice, no controls, the trend as a table", async ({ page }) => {
    await page.goto("/id");
    await expect(page.locator("#table-trend")).toBeVisible();
    await expect(page).toHaveScreenshot("id-nojs-top.png", SHOT);
  });
});

test.describe("screenshots, embed", () => {
  test.use({ viewport: { width: 720, height: 1200 }, colorScheme: "light" });

  test("/embed/id/trend in a 720 px frame", async ({ page }) => {
    await page.goto("/embed/id/trend");
    await expect(page.locator("[data-ready]")).toBeAttached(WAIT);
    await settled(page, ["trend"]);
    await expect(page).toHaveScreenshot("embed-id-trend.png", { ...SHOT, fullPage: true });
  });
});
