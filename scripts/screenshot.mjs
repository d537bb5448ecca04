// Screenshots of running pages for the README and for looking at changes:
//   node scripts/screenshot.mjs http://localhost:3000/id out.png [width] [height] [--dark] [--full]
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
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: flags.includes("--full") });
await browser.close();
console.log(`wrote ${out}`);
