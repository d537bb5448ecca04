import { expect, test } from "@playwright/test";
import { gotoLive } from "./fixtures";

const REQUIRED = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy"] as const;

for (const [what, path, status] of [
  ["a page", "/id", 200],
  ["an API response", "/api/trade?currency=IDR", 200],
  ["an API error", "/api/trade?currency=EUR", 400],
  ["a 404 under a language", "/en/no-such-page", 404],
  ["a 404 outside the languages", "/no-such-page", 404],
] as const) {
  test(`security headers on ${what}`, async ({ request }) => {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status()).toBe(status);
    const h = res.headers();
    for (const name of REQUIRED) expect(h[name], name).toBeTruthy();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toContain("default-src 'self'");
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
    expect(h["x-powered-by"]).toBeUndefined();
  });
}

test("an unknown route is a 404 page in the reader's language", async ({ page }) => {
  const id = await page.goto("/id/tidak-ada");
  expect(id?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await page.getByRole("link", { name: "Kembali ke dasbor" }).click();
  await expect(page).toHaveURL(/\/id$/);

  const en = await page.goto("/en/missing/page");
  expect(en?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");

  const other = await page.goto("/nowhere");
  expect(other?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // A first segment that is not a language: both languages too (issue 13, item 19).
  for (const path of ["/fr/x", "/data/observations.json"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the dashboard" })).toHaveAttribute("href", "/en");
  }
});

test("the page runs under its Content-Security-Policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await gotoLive(page, "/en?currency=IDR");
  await page.locator("#fig-trend").scrollIntoViewIfNeeded();
  await expect(page.locator("#fig-trend .recharts-wrapper > svg")).toBeVisible();
  expect(violations).toEqual([]);
});
