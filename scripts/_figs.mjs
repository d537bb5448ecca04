import { chromium } from "@playwright/test";
const [url, prefix, width = "1280"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const phone = Number(width) < 500;
const page = await browser.newPage({ viewport: { width: Number(width), height: phone ? 844 : 900 }, deviceScaleFactor: phone ? 2 : 1, isMobile: phone, hasTouch: phone });
const errors = [];
page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
page.on("pageerror", (e) => errors.push(String(e)));
await page.goto(url, { waitUntil: "networkidle" });
await page.waitForSelector(".dashboard[data-ready]", { state: "attached", timeout: 15000 });
for (const id of ["trend", "countries", "flows", "shares", "world", "mirror"]) {
  const fig = page.locator(`#fig-${id}`);
  await fig.scrollIntoViewIfNeeded();
  await page.waitForTimeout(700);
  await fig.screenshot({ path: `${prefix}-${id}.png` });
}
await page.locator(".controls").first().screenshot({ path: `${prefix}-controls.png` });
console.log("errors:", errors.slice(0, 5));
await browser.close();
