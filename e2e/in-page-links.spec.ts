import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * Issue #27: a link to a figure lands on it. The server's figures are shorter than the live ones
 * that replace them (controls, tabs, downloads), so a jump made before the swap used to end on
 * another figure, 3,557 px short on a phone.
 */

/** Waits until the live figures are in and nothing has moved for half a second. */
async function settled(page: Page, target: string) {
  // Loading the live dashboard's code and data can take a while on two shared cores.
  await expect(page.locator("[data-testid=dashboard][data-ready]")).toBeAttached({ timeout: 20_000 });
  let last = "";
  await expect
    .poll(
      async () => {
        const now = await page.evaluate((sel) => `${window.scrollY}:${document.querySelector(sel)?.getBoundingClientRect().top}`, target);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [500], timeout: 20_000 },
    )
    .toBe(true);
}

/** Lands on the target now, and still once its chart (drawn as it nears the viewport) is in. */
async function expectLanded(page: Page, target: string) {
  for (const stage of ["live figures in", "chart drawn"]) {
    if (stage === "chart drawn") await expect(page.locator(`${target} .recharts-wrapper > svg`)).toBeVisible({ timeout: 10_000 });
    await settled(page, target);
    const at = await landing(page, target);
    expect(at, `${target} is on the page`).not.toBeNull();
    expect(Math.abs(at?.offset ?? Infinity), `${target}'s top against the viewport's (px), ${stage}`).toBeLessThanOrEqual(4);
    expect(at?.seen, `the heading a reader sees at the top, ${stage}`).toBe(at?.title);
  }
}

/** Where the target is against where a link lands it, and which heading a reader sees at its title. */
async function landing(page: Page, target: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const title = el?.querySelector("h2");
    if (!el || !title) return null;
    const box = title.getBoundingClientRect();
    const seen = document.elementFromPoint(box.left + 4, box.top + box.height / 2)?.closest("h2");
    // Where a link lands it: the page's scroll padding (clear of the sticky controls on a desktop) and its own margin.
    const px = (v: string) => parseFloat(v) || 0;
    const lands = px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(el).scrollMarginTop);
    return { offset: Math.round(el.getBoundingClientRect().top - lands), seen: seen?.textContent ?? null, title: title.textContent };
  }, target);
}

const LINKS = [
  // Above the dashboard: the headline's sentence.
  { lang: "id", name: "Lihat grafik “Asia Tengah dan Indonesia”.", target: "#fig-indonesia" },
  { lang: "en", name: "See the figure “Central Asia and Indonesia”.", target: "#fig-indonesia" },
  // Below it: why sources disagree, which jumps back up.
  { lang: "id", name: "Setiap tahun ada di grafik “Angka China dan angka negara itu sendiri”.", target: "#fig-mirror" },
] as const;

for (const { lang, name, target } of LINKS) {
  test(`@phone /${lang}: the link “${name}” lands on ${target} once the page has settled`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expectLanded(page, target);
  });
}

test("@phone a link from another page to a figure (/id#fig-indonesia) lands on it", async ({ page }) => {
  await page.goto("/id#fig-indonesia");
  await expectLanded(page, "#fig-indonesia");
});
