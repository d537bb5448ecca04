import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FrameLocator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, gotoLive, test } from "./fixtures";

const FIGURES = ["trend", "countries", "flows", "shares", "world", "mirror", "indonesia"] as const;
type Figure = (typeof FIGURES)[number];

/** Another site: its own origin (a port of its own), serving the pages a test writes into `pages`. */
async function hostSite() {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const html = pages.get(req.url ?? "");
    res.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" }).end(html ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, pages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** An article on the host site with the embed code in a column `width` px wide. */
const article = (code: string, width: number) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>an article</title><body style="margin:0"><h1>An article</h1><div style="width:${width}px">${code}</div><p>After the figure.</p></body></html>`;

/** The code each figure's Embed button gives on the dashboard. */
async function embedCodes(page: Page, lang: "id" | "en", figures: readonly Figure[]): Promise<Map<Figure, string>> {
  await gotoLive(page, `/${lang}`);
  const codes = new Map<Figure, string>();
  for (const f of figures) {
    await page.locator(`#fig-${f} [data-testid=embed-code] > summary`).click();
    codes.set(f, await page.locator(`#fig-${f} [data-testid=embed-code] textarea`).inputValue());
  }
  return codes;
}

/** The frame's height against its content's, and how far below the frame's bottom its last line ends (≤ 0: all in view). */
async function fit(page: Page, frame: FrameLocator) {
  const box = await page.locator("iframe").boundingBox();
  const back = await frame.locator("[data-testid=embed-back]").boundingBox();
  const content = await frame.locator("html").evaluate((el) => el.getBoundingClientRect().height);
  if (!box || !back) throw new Error("no frame or no link back");
  return { frame: box.height, content, overflow: back.y + back.height - (box.y + box.height) };
}

/** 0 when the frame is as tall as its content, in whole pixels (the script rounds up): below 0, it cuts it. */
const fitted = async (page: Page, frame: FrameLocator) => {
  const { frame: height, content } = await fit(page, frame);
  return Math.floor(height - content);
};

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
    await expect(embed.locator("[data-testid=dashboard][data-ready]")).toBeAttached({ timeout: 20_000 });
    await expect(embed.getByTestId("summary-trend")).toContainText("Rp1,502.04 trillion in 2024");
    await expect(embed.locator("#fig-trend .recharts-wrapper > svg")).toBeVisible();
    await expect(embed.locator("[data-testid=source-line]")).toContainText("Source:");
    await expect(embed.getByRole("link", { name: /Open in China–Central Asia trade in numbers/ })).toHaveAttribute("href", "/en?currency=IDR&rate=annual#fig-trend");
    // frame-ancestors 'none' and X-Frame-Options: DENY: the browser refuses to show /id in the frame.
    await expect(page.frameLocator("#page").getByTestId("headline-usd")).toHaveCount(0);
    const blocked = page.frames().find((f) => f.name() === "" && f.url().includes("/id"));
    expect(blocked ? await blocked.locator("[data-testid=headline-usd]").count() : 0).toBe(0);
  });

  test("a source link in a framed embed opens the sources page in a new tab; the frame keeps the figure", async ({ page }) => {
    await page.goto(`${host}/`);
    const embed = page.frameLocator("#embed");
    await expect(embed.locator("[data-testid=dashboard][data-ready]")).toBeAttached({ timeout: 20_000 });
    const popup = page.waitForEvent("popup");
    await embed.locator("[data-testid=source-line] a").first().click();
    const tab = await popup;
    await expect(tab).toHaveURL(/\/en\/sources#src-/);
    await expect(tab.locator("h1")).toBeVisible();
    await expect(embed.getByTestId("summary-trend")).toBeVisible();
    await tab.close();
  });
  });

  test.describe("a framed figure's height", () => {
    let site: Awaited<ReturnType<typeof hostSite>>;
    test.beforeAll(async () => {
      site = await hostSite();
    });
    test.afterAll(() => site.close());

    test("the embed code's script sizes the frame to its figure at 720 and 1264 px, and as the figure grows", async ({ page }) => {
      test.setTimeout(90_000);
      const code = (await embedCodes(page, "en", ["trend"])).get("trend") ?? "";
      for (const width of [720, 1264]) {
        site.pages.set(`/trend-${width}`, article(code, width));
        await page.setViewportSize({ width: width + 40, height: 1600 });
        await page.goto(`${site.origin}/trend-${width}`);
        const frame = page.frameLocator("iframe");
        await expect(frame.locator("[data-testid=dashboard][data-ready]")).toBeAttached({ timeout: 20_000 });
        await expect(frame.locator(".recharts-wrapper > svg")).toBeVisible();
        await expect.poll(() => fitted(page, frame), { message: `frame vs content at ${width}px` }).toBe(0);
        expect((await fit(page, frame)).overflow, `the notes and link back are in the frame at ${width}px`).toBeLessThanOrEqual(0);
        await expect(frame.locator("[data-testid=figure-notes]")).toBeVisible();
      }
      // Opening the chart's data table makes the figure taller: the frame follows.
      const frame = page.frameLocator("iframe");
      const before = (await fit(page, frame)).frame;
      await frame.locator("[data-testid=figure-data] > summary").click();
      await expect.poll(async () => (await fit(page, frame)).frame).toBeGreaterThan(before + 200);
      await expect.poll(() => fitted(page, frame)).toBe(0);
    });

    for (const lang of ["id", "en"] as const) {
      // Fourteen embeds drawn in turn (about 20 s each language): in test:full; the script's sizing stays in npm test.
      test(`without its script, the embed code's height holds each ${lang} figure at 720 px`, { tag: "@full" }, async ({ page }) => {
        test.setTimeout(120_000);
        const codes = await embedCodes(page, lang, FIGURES);
        await page.setViewportSize({ width: 760, height: 1600 });
        const short: string[] = [];
        for (const f of FIGURES) {
          const code = codes.get(f) ?? "";
          expect(code).toContain("<script>");
          // A site that strips scripts from what its authors paste: the frame keeps its height attribute.
          site.pages.set(`/static-${lang}-${f}`, article(code.replace(/<script>[\s\S]*<\/script>/, ""), 720));
          await page.goto(`${site.origin}/static-${lang}-${f}`);
          const frame = page.frameLocator("iframe");
          await expect(frame.locator("[data-testid=dashboard][data-ready]")).toBeAttached({ timeout: 20_000 });
          await expect(frame.locator(".recharts-wrapper > svg").first()).toBeVisible();
          const { frame: height, content, overflow } = await fit(page, frame);
          if (overflow > 0) short.push(`${f}: frame ${height}px, content ${Math.ceil(content)}px`);
        }
        expect(short).toEqual([]);
      });
    }
  });

  for (const figure of FIGURES) {
    test(`every link in the ${figure} embed opens outside the frame or at an element the embed has`, async ({ page }) => {
      await page.goto(`/embed/en/${figure}`);
      await expect(page.locator("[data-testid=dashboard][data-ready]")).toBeAttached();
      await expect(page.locator(".recharts-wrapper > svg").first()).toBeVisible();
      // The chart's table (its source column, its values' sources) and the summary's sources are links too.
      await page.locator("[data-testid=figure-data] > summary").click();
      await page.locator("[data-testid=figure-data] [data-testid=provenance]").first().click();
      await expect(page.locator("[popover]:popover-open li a").first()).toBeVisible();
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Sources of this summary" }).click();
      await expect(page.locator("[popover]:popover-open li a").first()).toBeVisible();
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
    test(`axe finds nothing on ${path}`, { tag: "@full" }, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("[data-testid=dashboard][data-ready]")).toBeAttached();
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
    // The whole dashboard's data on two shared cores: more than expect's 5 s at times.
    await expect(page.locator("[data-testid=dashboard][data-ready]")).toBeAttached({ timeout: 20_000 });
    await page.locator("#fig-flows").getByText("Embed", { exact: true }).click();
    const code = await page.locator("#fig-flows [data-testid=embed-code] textarea").inputValue();
    const origin = new URL(page.url()).origin;
    expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/en\/flows\?currency=IDR&amp;unit=billion" title="China's exports and imports: Central Asia \(5 countries\) \(China–Central Asia trade in numbers\)" width="100%" height="1110"[^>]*><\/iframe>\n<script>.+<\/script>$/);
    // The script sizes the frame from our embeds' messages only.
    expect(code).toContain(JSON.stringify(origin));
    expect(code).toContain("cca-embed:height");
  });
});
