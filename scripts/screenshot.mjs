// Screenshots of running pages for the README and for looking at changes:
//   node scripts/screenshot.mjs http://localhost:3000/id out.png [width] [height] [--dark] [--full] [--at=#fig-trend]
// --at scrolls a figure to the top of the view first (below the sticky controls) and waits for its chart.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const [url = "http://localhost:3000/id", out = "screenshot.png", width = "1280", height = "900", ...flags] = process.argv.slice(2);
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  deviceScaleFactor: Number(width) < 500 ? 2 : 1,
  colorScheme: flags.includes("--dark") ? "dark" : "light",
});
await page.goto(url, { waitUntil: "networkidle" });
const at = flags.find((f) => f.startsWith("--at="))?.slice(5);
if (at) {
  // The dashboard loads as its figures near the viewport: scroll there first.
  await page.locator(at).scrollIntoViewIfNeeded();
  await page.locator("[data-testid=dashboard][data-ready]").waitFor({ state: "attached" });
  await page.locator(at).evaluate((el) => {
    const bar = document.querySelector("[data-testid=controls]")?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - (getComputedStyle(document.querySelector("[data-testid=controls]")).position === "sticky" ? bar + 8 : 8));
  });
  await page.locator(`${at} .recharts-wrapper > svg`).waitFor({ timeout: 10_000 }).catch(() => {});
}
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: flags.includes("--full") });
await browser.close();
console.log(`wrote ${out}`);
