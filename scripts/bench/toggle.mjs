import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Time from a click on the currency toggle to the frame in which every summary and every table
 * caption shows the new currency, measured inside the page, for `clicks` alternating clicks.
 */
export async function toggleLatency(url, clicks) {
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForSelector(".dashboard[data-live]");
  // Scroll through so every chart has rendered: the toggle then re-renders them all.
  for (const id of ["trend", "countries", "flows", "shares"]) await page.locator(`#fig-${id}`).scrollIntoViewIfNeeded();
  if (!url.includes("table=")) await page.waitForSelector("#fig-shares .recharts-wrapper > svg");
  await page.evaluate(() => window.scrollTo(0, 0));
  const times = [];
  for (let i = 0; i < clicks; i++) {
    const target = i % 2 === 0 ? "IDR" : "USD";
    const ms = await page.evaluate(async (currency) => {
      const prefix = currency === "IDR" ? "Rp" : "US$";
      const shows = () =>
        [...document.querySelectorAll("[data-testid='summary-trend'], [data-testid='summary-countries'], [data-testid='summary-flows']")].every((el) => el.textContent?.includes(prefix)) &&
        [...document.querySelectorAll("table[id^='table-'] caption")].every((el) => el.textContent?.includes(prefix));
      const input = document.querySelector(`input[name=currency][value=${currency}]`);
      if (!input) throw new Error("no currency toggle");
      const t0 = performance.now();
      input.click();
      // React renders a click's update before click() returns; poll in case it ever does not.
      for (let waited = 0; !shows() && waited < 2000; waited += 4) await new Promise((r) => setTimeout(r, 4));
      // Then to the next frame: the moment the new numbers can be on screen.
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return performance.now() - t0;
    }, target);
    times.push(ms);
    await page.waitForTimeout(150);
  }
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1), all: times };
}
