import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const FIGURES = ["trend", "countries", "flows", "shares", "world", "mirror"] as const;

/**
 * Links in an embed that stay in the frame: an in-page anchor must name an element the embed has;
 * every other link must open outside the frame (target=_blank, rel=noopener noreferrer).
 */
const framedLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("a[href]")].flatMap((a) => {
      const href = a.getAttribute("href") ?? "";
      if (href.startsWith("#")) return document.getElementById(decodeURIComponent(href.slice(1))) ? [] : [`${href}: no such id in the embed`];
      const rel = (a.getAttribute("rel") ?? "").split(/\s+/);
      return a.getAttribute("target") === "_blank" && rel.includes("noopener") && rel.includes("noreferrer") ? [] : [`${href}: target=${a.getAttribute("target")} rel=${a.getAttribute("rel")}`];
    }),
  );

test.describe("embeds", () => {

  test.describe("from another site", () => {
  test.use({ allowedConsoleErrors: [/Refused to (display|frame)|frame-ancestors/] });
  let server: Server;
  let host = "";
  test.beforeAll(async ({ baseURL }) => {
    // Another site's article: one frame with an embed, one trying to frame the dashboard itself.
    const html = `<!doctype html><title>an article</title><h1>An article</h1>
      <iframe id="embed" src="${baseURL}/embed/en/trend?currency=IDR&rate=annual" title="embed" width="800" height="680"></iframe>
      <iframe id="page" src="${baseURL}/id" title="page" width="800" height="400"></iframe>`;
    server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(html));
    // Port 0: a free port, so runs side by side do not collide.
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("a figure embeds in another site in the link's view; the dashboard itself cannot be framed", async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`${host}/`);
    const embed = page.frameLocator("#embed");
    await expect(embed.locator(".dashboard[data-ready]")).toBeAttached({ timeout: 20_000 });
    await expect(embed.getByTestId("summary-trend")).toContainText("Rp1,502.04 trillion in 2024");
    await expect(embed.locator("#fig-trend .recharts-wrapper > svg")).toBeVisible();
    await expect(embed.locator(".figure__sources")).toContainText("Source:");
    await expect(embed.getByRole("link", { name: /Open in China–Central Asia trade in numbers/ })).toHaveAttribute("href", "/en?currency=IDR&rate=annual#fig-trend");
    // frame-ancestors 'none' and X-Frame-Options: DENY: the browser refuses to show /id in the frame.
    await expect(page.frameLocator("#page").getByTestId("headline-usd")).toHaveCount(0);
    const blocked = page.frames().find((f) => f.name() === "" && f.url().includes("/id"));
    expect(blocked ? await blocked.locator("[data-testid=headline-usd]").count() : 0).toBe(0);
  });

  test("a source link in a framed embed opens the sources page in a new tab; the frame keeps the figure", async ({ page }) => {
    await page.goto(`${host}/`);
    const embed = page.frameLocator("#embed");
    await expect(embed.locator(".dashboard[data-ready]")).toBeAttached({ timeout: 20_000 });
    const popup = page.waitForEvent("popup");
    await embed.locator(".figure__sources a").first().click();
    const tab = await popup;
    await expect(tab).toHaveURL(/\/en\/sources#src-/);
    await expect(tab.locator("h1")).toBeVisible();
    await expect(embed.getByTestId("summary-trend")).toBeVisible();
    await tab.close();
  });
  });

  for (const figure of FIGURES) {
    test(`every link in the ${figure} embed opens outside the frame or at an element the embed has`, async ({ page }) => {
      await page.goto(`/embed/en/${figure}`);
      await expect(page.locator(".dashboard[data-ready]")).toBeAttached();
      await expect(page.locator(".recharts-wrapper > svg").first()).toBeVisible();
      // The chart's table (its source column, its values' sources) and the summary's sources are links too.
      await page.locator(".figure__data > summary").click();
      await page.locator(".figure__data button.prov").first().click();
      await expect(page.locator(".prov__pop:popover-open .prov__sources a").first()).toBeVisible();
      await page.keyboard.press("Escape");
      await page.locator("button.prov--info").click();
      await expect(page.locator(".prov__pop:popover-open .prov__sources a").first()).toBeVisible();
      expect(await framedLinks(page)).toEqual([]);
    });
  }

  test("without JavaScript, every link in an embed opens outside the frame too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const stray: string[] = [];
    for (const figure of FIGURES) {
      await page.goto(`/embed/id/${figure}`);
      stray.push(...(await framedLinks(page)).map((l) => `${figure}: ${l}`));
    }
    expect(stray).toEqual([]);
    await context.close();
  });

  test("only the embeds may be framed", async ({ request }) => {
    const embed = await request.get("/embed/id/flows");
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    for (const path of ["/id", "/en/sources", "/api/trade"]) {
      const res = await request.get(path);
      expect(`${path} ${res.headers()["content-security-policy"]}`).toContain("frame-ancestors 'none'");
      expect(res.headers()["x-frame-options"]).toBe("DENY");
    }
  });

  for (const path of ["/embed/id/trend", "/embed/en/mirror?mirror=KGZ", "/embed/id/shares?currency=CNY"]) {
    test(`axe finds nothing on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(".dashboard[data-ready]")).toBeAttached();
      await expect(page.locator(".recharts-wrapper > svg").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("without JavaScript an embed is its table, summary and sources", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/embed/id/countries");
    await expect(page.getByTestId("summary-countries")).toContainText("2025");
    await expect(page.locator("table#table-countries")).toBeVisible();
    await context.close();
  });

  test("the Embed button gives the iframe code for the current view", async ({ page }) => {
    await page.goto("/en?currency=IDR&unit=billion");
    await expect(page.locator(".dashboard[data-ready]")).toBeAttached();
    await page.locator("#fig-flows").getByText("Embed", { exact: true }).click();
    const code = await page.locator("#fig-flows .embed-code textarea").inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/en\/flows\?currency=IDR&amp;unit=billion" title="China's exports and imports: Central Asia \(5 countries\) \(China–Central Asia trade in numbers\)" width="100%" height="660"/);
  });
});
