import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The toggles a reader uses, each with the value it switches to and back from, and a check that
 * the page shows the new view: the summaries or table captions change with it.
 */
const TOGGLES = [
  { name: "currency", to: "IDR", back: "USD", shows: (v) => `[data-testid='summary-trend']|${v === "IDR" ? "Rp" : "US$"}` },
  { name: "rate", to: "annual", back: "article", shows: () => "" },
  { name: "unit", to: "billion", back: "auto", shows: () => "" },
  { name: "scale", to: "log", back: "linear", shows: () => "" },
  { name: "from", to: "2005", back: "1992", shows: (v) => `#fig-trend h2|${v}` },
];

/**
 * Time from a click on a toggle (currency, rate basis, unit, scale, range) to the next frame after
 * the page shows the new view, measured inside the page, `clicks` times in all, on the full record.
 */
export async function toggleLatency(url, clicks) {
  const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForSelector("[data-testid=dashboard][data-ready]", { state: "attached" });
  // Scroll through so every chart has rendered: a toggle then re-renders them all.
  for (const id of ["trend", "countries", "flows", "shares", "world", "mirror"]) {
    await page.locator(`#fig-${id}`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`#fig-${id} .recharts-wrapper > svg`).catch(() => {});
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  const times = [];
  const by = {};
  for (let i = 0; i < clicks; i++) {
    const toggle = TOGGLES[Math.floor(i / 2) % TOGGLES.length];
    const value = i % 2 === 0 ? toggle.to : toggle.back;
    const ms = await page.evaluate(
      async ({ name, value, check }) => {
        const [selector, text] = check.split("|");
        const shows = () => !selector || [...document.querySelectorAll(selector)].every((el) => el.textContent?.includes(text));
        const radio = document.querySelector(`input[name=${name}][value="${value}"]`);
        // The range's two selects (from, to): the only selects in a fieldset of the controls.
        const select = [...document.querySelectorAll("[data-testid=controls] fieldset select")][name === "from" ? 0 : 1];
        const t0 = performance.now();
        if (radio) radio.click();
        else if (select) {
          select.value = value;
          select.dispatchEvent(new Event("change", { bubbles: true }));
        } else throw new Error(`no ${name} toggle`);
        if (!new URLSearchParams(location.search).has(name) && value !== "USD" && value !== "article" && value !== "auto" && value !== "linear" && value !== "1992") throw new Error(`${name} did not reach the URL`);
        for (let waited = 0; !shows() && waited < 2000; waited += 4) await new Promise((r) => setTimeout(r, 4));
        // Then to the next frame: the moment the new view can be on screen.
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        return performance.now() - t0;
      },
      { name: toggle.name, value, check: toggle.shows(value) },
    );
    times.push(ms);
    (by[toggle.name] ??= []).push(Math.round(ms));
    await page.waitForTimeout(150);
  }
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1), all: times, by };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await toggleLatency(process.argv[2] ?? "http://127.0.0.1:3000/id", Number(process.argv[3] ?? 20));
  console.log(`median ${r.median.toFixed(0)} ms, worst ${r.worst.toFixed(0)} ms`, JSON.stringify(r.by));
}
