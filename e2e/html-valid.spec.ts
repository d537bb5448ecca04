import { readdirSync } from "node:fs";
import path from "node:path";
import { test as base, type APIRequestContext } from "@playwright/test";
import { drawAllCharts, expect, gotoLive, test } from "./fixtures";
import { htmlErrors, linksAndIds } from "./html";

/**
 * Valid HTML on every page type, and no broken internal link or fragment (issue 19).
 * The server's HTML is fetched without a browser; the live dashboard and embeds are checked as
 * the browser has them once scripts have drawn the figures.
 */

const FIGURES = ["trend", "countries", "flows", "shares", "world", "mirror", "indonesia"];
const LANGS = ["id", "en"];

/** Each file in app/ that renders a page, and addresses that show it (with the status they answer). */
const PAGE_TYPES: Record<string, { paths: string[]; status: number }> = {
  // Prerendered: other views (?prices=constant, ?growth=cagr …) get the same HTML, and are checked live below.
  "[lang]/page.tsx": { paths: ["/id", "/en"], status: 200 },
  // Reached through next.config.js's rewrites of the rupiah and yuan views.
  "[lang]/v/[view]/page.tsx": { paths: ["/id?currency=IDR", "/en?currency=IDR&rate=annual", "/id?currency=CNY"], status: 200 },
  "[lang]/goods/page.tsx": { paths: LANGS.map((l) => `/${l}/goods`), status: 200 },
  "[lang]/api/page.tsx": { paths: LANGS.map((l) => `/${l}/api`), status: 200 },
  "[lang]/sources/page.tsx": { paths: LANGS.map((l) => `/${l}/sources`), status: 200 },
  "embed/[lang]/[figure]/page.tsx": { paths: LANGS.flatMap((l) => FIGURES.map((f) => `/embed/${l}/${f}`)), status: 200 },
  "[lang]/check/page.tsx": { paths: ["/id/check", "/en/check", "/en/check?text=Trade%20reached%20%2466.2%20billion%20in%202024"], status: 200 },
  "[lang]/check/coverage/page.tsx": { paths: LANGS.map((l) => `/${l}/check/coverage`), status: 200 },
  "global-not-found.tsx": { paths: ["/nowhere"], status: 404 },
  // A route handler's own document: in the path's language, or in both under another first segment.
  "[lang]/[...rest]/route.ts": { paths: ["/id/tidak-ada", "/en/missing/page", "/fr/x"], status: 404 },
};

const APP = path.resolve(__dirname, "..", "app");

base("every page file in app/ has addresses here", () => {
  const pages = readdirSync(APP, { recursive: true, encoding: "utf8" })
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => /(^|\/)(page|not-found|global-not-found)\.tsx$/.test(f));
  expect(pages.filter((f) => !(f in PAGE_TYPES)), "page files with no address to validate").toEqual([]);
});

const ALL_PATHS = Object.values(PAGE_TYPES).flatMap(({ paths, status }) => paths.map((p) => ({ path: p, status })));

// The whole-site checks (every page type's HTML validated, the live pages, the link crawl) take two to three
// minutes on two cores: they run in `npm run test:full` (and CI), not in `npm test` (@full).
base.describe("the server's HTML is valid", { tag: "@full" }, () => {
  for (const { path: url, status } of ALL_PATHS) {
    base(url, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(status);
      expect(res.headers()["content-type"]).toContain("text/html");
      expect(await htmlErrors(await res.text())).toEqual([]);
    });
  }
});

test.describe("the live page's HTML is valid", { tag: "@full" }, () => {
  // The default view, and one that swaps in the other charts and notes (yuan, average growth, a line per country).
  // The opened "Show data" disclosures hold the same tables as the table tab.
  const LIVE = [
    { url: "/id", openAll: true },
    { url: "/en?currency=CNY&growth=cagr&lines=countries", openAll: false },
  ];
  for (const { url, openAll } of LIVE) {
    test(url, async ({ page }) => {
      // Six charts, six tables and a 700 KB document to validate, on two shared cores.
      test.setTimeout(90_000);
      await gotoLive(page, url);
      await drawAllCharts(page);
      if (openAll) {
        // Every disclosure (some sit in closed popovers, out of a click's reach), so the tables and embed code they hold are in the document too.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        await expect(page.getByTestId("figure-data").first()).toBeAttached();
        await expect(page.locator('details[data-testid="figure-data"]:not(:has(table))')).toHaveCount(0, { timeout: 15_000 });
      }
      expect(await htmlErrors(await page.content())).toEqual([]);
    });
  }

  // An embed's figure is the dashboard's; these check what an embed adds around it, in two of them.
  test("embeds", async ({ page }) => {
    for (const f of ["trend", "flows"]) {
      await gotoLive(page, `/embed/en/${f}`);
      await drawAllCharts(page);
      expect(await htmlErrors(await page.content()), f).toEqual([]);
    }
  });
});

/** A document fetched in the crawl: its status, and its ids when it is HTML. */
type Doc = { status: number; ids: Set<string> | null };

/**
 * Crawls the site from `seeds` through every same-origin <a href>, fetching each address once;
 * links elsewhere are counted, never requested (no network beyond this server).
 */
async function crawl(request: APIRequestContext, origin: string, seeds: readonly string[]) {
  const docs = new Map<string, Doc>();
  /** Each internal link (address with its fragment) and the pages that have it. */
  const links = new Map<string, Set<string>>();
  const external = new Set<string>();
  const queue = [...seeds];
  const queued = new Set(queue);
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    const res = await request.get(key);
    const html = res.headers()["content-type"]?.startsWith("text/html") ? await res.text() : null;
    const found = html === null ? null : await linksAndIds(html);
    docs.set(key, { status: res.status(), ids: found?.ids ?? null });
    for (const href of found?.hrefs ?? []) {
      const url = new URL(href, origin + key);
      if (url.origin !== origin) {
        external.add(url.href);
        continue;
      }
      const target = url.pathname + url.search;
      const link = target + url.hash;
      links.set(link, (links.get(link) ?? new Set()).add(key));
      if (!queued.has(target)) {
        queued.add(target);
        queue.push(target);
      }
    }
    // A link that makes new addresses without end (e.g. a view per link) would crawl forever. The checker's
    // coverage pages link a view and a check of every series they cover, so the site has a few hundred.
    expect(queued.size, "addresses found by the crawl").toBeLessThan(500);
  }
  return { docs, links, external };
}

base("no broken internal link or fragment from /id and /en (and from every page type)", { tag: "@full" }, async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  // The 404 pages are seeds for their links; as a link target, a 404 is what this test looks for.
  const { docs, links, external } = await crawl(request, origin, ["/id", "/en", ...ALL_PATHS.map((p) => p.path)]);
  const broken: string[] = [];
  let fragments = 0;
  for (const [link, from] of links) {
    const [target = "", fragment] = link.split("#", 2);
    const doc = docs.get(target);
    const where = `${link} (from ${[...from].slice(0, 3).join(", ")}${from.size > 3 ? ", …" : ""})`;
    if (!doc || doc.status >= 400) broken.push(`${where}: ${doc?.status ?? "not fetched"}`);
    else if (fragment) {
      fragments++;
      if (!doc.ids?.has(decodeURIComponent(fragment))) broken.push(`${where}: no element with id "${fragment}"`);
    }
  }
  expect(broken).toEqual([]);
  test.info().annotations.push({
    type: "links",
    description: `${docs.size} addresses fetched, ${links.size} internal links checked (${fragments} with a fragment), ${external.size} external links not requested`,
  });
  expect(links.size).toBeGreaterThan(50);
});
