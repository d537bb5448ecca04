import { existsSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Playwright cannot download its own browser here: use Debian's Chromium where it exists.
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const launchOptions = {
  executablePath,
  // The browser sees only the fonts npm ci installs (e2e/fonts/fonts.conf), never the machine's: the
  // screenshots and measured heights come out the same wherever the README's commands run.
  env: { ...process.env, FONTCONFIG_FILE: join(__dirname, "e2e/fonts/fonts.conf") },
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // axe over a whole page takes 10–25 s on two shared cores.
  timeout: 60_000,
  reporter: [["list"], ["./e2e/slowest-reporter.ts"], ["json", { outputFile: "test-results/e2e-times.json" }]],
  // One baseline per screenshot for every machine: CI installs the same Chromium and fonts (.ci/run).
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFileName}/{arg}{ext}",
  expect: {
    // Same browser, same fonts, software rendering: pixels match; the slack absorbs anti-aliasing only.
    toHaveScreenshot: { maxDiffPixelRatio: 0.001, animations: "disabled", caret: "hide", scale: "css" },
  },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, grep: /@phone/ },
  ],
  webServer: {
    // Tests run against the production build; `npm test` builds before it runs e2e.
    command: "node scripts/serve.mjs",
    url: `http://127.0.0.1:${PORT}/api/sources`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // Brotli at quality 5, not 11: the same bytes after decoding, a tenth of the CPU (scripts/precompressed.mjs).
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), HOSTNAME: "127.0.0.1", PRECOMPRESS_BROTLI_QUALITY: "5" },
  },
});
