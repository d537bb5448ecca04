// JavaScript a page ships, compressed as the browser receives it (brotli from scripts/serve.mjs):
//   node scripts/measure-js.mjs http://localhost:3000/id
// "before paint": scripts requested before the headline is painted (the HTML's own script tags);
// "total": every script once all charts have rendered.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export async function measureJs(url) {
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const page = await browser.newPage();
  const scripts = new Map();
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const sizes = await request.sizes();
    scripts.set(request.url(), { bytes: sizes.responseBodySize, at: Date.now() });
  });
  const response = await page.goto(url, { waitUntil: "load" });
  // The server's HTML, before any script added tags of its own.
  const html = response ? await response.text() : "";
  const inHtml = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].filter((m) => !m[0].includes("noModule")).map((m) => new URL(m[1], url).href));
  // Charts load as they near the viewport: scroll to each so every chart's code is counted.
  for (const id of ["trend", "countries", "flows", "shares", "world", "mirror"]) {
    const fig = page.locator(`#fig-${id}`);
    if (await fig.count()) {
      await fig.scrollIntoViewIfNeeded();
      await page.waitForSelector(`#fig-${id} .recharts-wrapper > svg`, { timeout: 15000 }).catch(() => {});
    }
  }
  await page.waitForLoadState("networkidle");
  await browser.close();
  const sum = (filter) => [...scripts].filter(filter).reduce((n, [, s]) => n + s.bytes, 0);
  return { beforePaint: sum(([u]) => inHtml.has(u)), total: sum(() => true), files: scripts.size, list: [...scripts].map(([u, s]) => `${u.split("/").pop()} ${s.bytes}${inHtml.has(u) ? " (html)" : ""}`) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) {
    const r = await measureJs(url);
    if (process.env.VERBOSE) console.log(r.list.join("\n"));
    console.log(`${url}: ${(r.beforePaint / 1024).toFixed(1)} KB gzipped in the HTML's scripts, ${(r.total / 1024).toFixed(1)} KB in total (${r.files} files)`);
  }
}
