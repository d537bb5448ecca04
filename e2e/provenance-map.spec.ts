import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * Issue #27: a server-rendered number carries a key, not its provenance; the page's map is loaded
 * once, when a reader first opens one. Without JavaScript the number still leads to its source.
 */

const MAP = /\/(id|en)\/provenance\/(dashboard|goods)$/;

const popoverOf = (page: Page, trigger: ReturnType<Page["locator"]>) =>
  trigger.evaluate((el) => el.getAttribute("popovertarget")).then((id) => page.locator(`#${id}`));

/** React's payload comes in string chunks that may split a key: joined first, as React joins them. */
const CHUNK = '"])</script><script>self.__next_f.push([1,"';
/** Every key the page's RSC payload hands a button (all five headline versions, not only the one shown). */
const keysIn = (html: string) => [...html.replaceAll(CHUNK, "").matchAll(/\\"provRef\\":\{\\"key\\":\\"(.*?)\\"/g)].map((m) => m[1] ?? "");

test.describe("the provenance map", () => {
  test("opening a number's provenance makes one request for the map, and another number's none", async ({ page }) => {
    const requests: Request[] = [];
    page.on("request", (r) => {
      if (MAP.test(new URL(r.url()).pathname)) requests.push(r);
    });
    await page.goto("/en");
    // Hydrated: the buttons listen. No number has been opened, so nothing has been asked for.
    await expect(page.locator("[data-testid=dashboard][data-live]")).toBeAttached();
    expect(requests).toHaveLength(0);

    const headline = page.getByTestId("headline-usd").getByTestId("provenance");
    await headline.click();
    const first = await popoverOf(page, headline);
    // The loaded provenance, not the short line: its heading, status and the source's title.
    await expect(first.locator("p").first()).toHaveText("Central Asia (5 countries), 2024: US$94.82 billion");
    await expect(first).toContainText("reported");
    await expect(first).toContainText("Kazakhstan ranks first among China's Central Asian trade partners in 2024");
    await expect(first).toHaveAttribute("aria-label", "Central Asia (5 countries), 2024: US$94.82 billion");
    expect(requests.map((r) => new URL(r.url()).pathname)).toEqual(["/en/provenance/dashboard"]);
    await page.keyboard.press("Escape");

    const claim = page.locator('tr[data-claim="rate"] [data-col=data] [data-testid=provenance]');
    await claim.click();
    const second = await popoverOf(page, claim);
    await expect(second).toContainText("June 2025 average");
    await expect(second).toContainText("Bank Indonesia");
    const mirror = page.locator('tr[data-mirror="KAZ"] td:nth-child(4) [data-testid=provenance]');
    await mirror.hover();
    await expect(await popoverOf(page, mirror)).toContainText("The Astana Times");
    expect(requests).toHaveLength(1);
  });

  test("says it is loading, in the page's language, until the map arrives", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(MAP, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/id");
    await expect(page.locator("[data-testid=dashboard][data-live]")).toBeAttached();
    const trigger = page.locator('tr[data-claim="total-2024"] [data-col=data] [data-testid=provenance]');
    await trigger.click();
    const pop = await popoverOf(page, trigger);
    await expect(pop.getByRole("status")).toHaveText("Memuat asal angka…");
    await expect(pop.getByRole("link", { name: "The Astana Times" })).toHaveAttribute("href", "/id/sources#src-astanatimes-2025-01");
    release();
    await expect(pop.getByRole("status")).toHaveCount(0);
    await expect(pop.locator("p").first()).toHaveText("Perdagangan 2024: US$94,82 miliar");
  });

  test.describe("when the map cannot be loaded", () => {
    test.use({ allowedConsoleErrors: [/status of 503/] });

    test("says so, keeps the link to the source, and tries again at the next opening", async ({ page }) => {
      let fail = true;
      await page.route(MAP, (route) => (fail ? route.fulfill({ status: 503, body: "" }) : route.continue()));
      await page.goto("/en");
      await expect(page.locator("[data-testid=dashboard][data-live]")).toBeAttached();
      const trigger = page.locator("#event-1 [data-testid=provenance]");
      await trigger.click();
      const pop = await popoverOf(page, trigger);
      await expect(pop.getByRole("status")).toHaveText("The details of where this number comes from could not be loaded; try opening it again later.");
      await expect(pop.getByRole("link", { name: "China Today" })).toBeVisible();
      await page.keyboard.press("Escape");
      fail = false;
      await trigger.click();
      await expect(pop).toContainText("Status");
      await expect(pop.getByRole("status")).toHaveCount(0);
    });
  });

  for (const [pagePath, map] of [
    ["/id", "/id/provenance/dashboard"],
    ["/en", "/en/provenance/dashboard"],
    ["/id?currency=IDR", "/id/provenance/dashboard"],
    ["/id?currency=IDR&rate=annual", "/id/provenance/dashboard"],
    ["/en?currency=CNY", "/en/provenance/dashboard"],
    ["/en?currency=IDR", "/en/provenance/dashboard"],
    ["/id/goods", "/id/provenance/goods"],
    ["/en/goods", "/en/provenance/goods"],
  ] as const) {
    test(`${pagePath}: no provenance in the page, and every key it renders is in ${map}`, async ({ request }) => {
      const html = await (await request.get(pagePath)).text();
      expect(html, "a provenance's lines in the page").not.toMatch(/\\"lines\\":\[/);
      const keys = keysIn(html);
      expect(keys.length).toBeGreaterThan(pagePath.includes("goods") ? 20 : 100);
      const res = await request.get(map);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/json; charset=utf-8");
      expect(res.headers()["etag"]).toMatch(/^"[\w-]+"$/);
      expect(res.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=86400, stale-while-revalidate=604800");
      const body = (await res.json()) as Record<string, { heading: string }>;
      expect(keys.filter((k) => !(k in body))).toEqual([]);
    });
  }

  test("an unknown page or language has no map", async ({ request }) => {
    for (const path of ["/id/provenance/sources", "/fr/provenance/dashboard"]) expect((await request.get(path)).status(), path).toBe(404);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a number's popover still opens and links to its source's entry on the sources page", async ({ page }) => {
    await page.goto("/id");
    const trigger = page.getByTestId("headline-usd").getByTestId("provenance");
    await trigger.click();
    const pop = await popoverOf(page, trigger);
    await expect(pop).toBeVisible();
    const link = pop.getByRole("link", { name: "The Astana Times" });
    await expect(link).toHaveAttribute("href", "/id/sources#src-astanatimes-2025-01");
    await link.click();
    await expect(page).toHaveURL(/\/id\/sources#src-astanatimes-2025-01$/);
    await expect(page.locator("#src-astanatimes-2025-01")).toContainText("Kazakhstan ranks first among China's Central Asian trade partners in 2024");
  });

  test("on the goods page too", async ({ page }) => {
    await page.goto("/en/goods");
    const trigger = page.getByRole("button", { name: "Where US$3.38 billion comes from" });
    await trigger.click();
    const pop = await popoverOf(page, trigger);
    const link = pop.getByRole("link");
    await expect(link).toHaveAttribute("href", /^#src-/);
    const target = (await link.getAttribute("href")) ?? "";
    await expect(page.locator(target)).toHaveCount(1);
  });
});
