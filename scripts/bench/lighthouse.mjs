import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Lighthouse runs of one URL and preset, summarised by the median of each figure. */
export async function lighthouse(url, preset, runs) {
  const dir = mkdtempSync(path.join(tmpdir(), "lh-"));
  const chrome = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(dir, `${preset}-${i}.json`);
    const args = [
      url,
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run",
      ...(preset === "desktop" ? ["--preset=desktop"] : []),
    ];
    const env = { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) };
    // On a busy machine Lighthouse now and then loses the trace (NO_NAVSTART, "Please run Lighthouse
    // again"): that run is taken again, up to twice; any other failure stops the bench.
    for (let attempt = 1; ; attempt++) {
      try {
        await run("node_modules/.bin/lighthouse", args, { env, maxBuffer: 64 * 1024 * 1024 });
        break;
      } catch (err) {
        if (attempt >= 3 || !/run Lighthouse again/i.test(String(err.stderr ?? err.message))) throw err;
        console.warn(`Lighthouse ${url}: ${String(err.stderr).trim()} — running it again`);
      }
    }
    const lhr = JSON.parse(readFileSync(out, "utf8"));
    const scripts = lhr.audits["resource-summary"]?.details?.items?.find((x) => x.resourceType === "script");
    results.push({
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      bestPractices: lhr.categories["best-practices"].score,
      seo: lhr.categories.seo.score,
      lcp: lhr.audits["largest-contentful-paint"].numericValue,
      tbt: lhr.audits["total-blocking-time"].numericValue,
      cls: lhr.audits["cumulative-layout-shift"].numericValue,
      jsBytes: scripts?.transferSize ?? NaN,
      failing: Object.entries(lhr.audits)
        .filter(([, a]) => a.score !== null && a.score < 1 && ["accessibility", "best-practices", "seo"].some((c) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)))
        .map(([id]) => id),
    });
  }
  const keys = ["performance", "accessibility", "bestPractices", "seo", "lcp", "tbt", "cls", "jsBytes"];
  return {
    runs: results.length,
    median: Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))])),
    all: results,
    failing: [...new Set(results.flatMap((r) => r.failing))],
  };
}
