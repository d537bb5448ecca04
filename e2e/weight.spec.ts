import { gzipSync } from "node:zlib";
import { test as base, expect, type APIRequestContext } from "@playwright/test";

/**
 * Issue #27: the pages' weight against the app's own plain page, /id/sources (a list of sources with
 * no client code of its own), in the same build. The HTML is fetched without a browser and gzipped
 * here at zlib's default level 6, as scripts/measure-html.mjs and the benchmark do: what a server
 * compressing on the fly typically sends, whatever this server does.
 */

/** The budget: how many times the plain page's gzipped bytes a page may weigh. */
const BUDGET = 1.15;
const PAGES = ["/id", "/en", "/en/check/coverage"];

async function gzipped(request: APIRequestContext, path: string): Promise<number> {
  const res = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
  expect(res.status(), path).toBe(200);
  return gzipSync(await res.body(), { level: 6 }).length;
}

base.describe("page weight", () => {
  for (const path of PAGES) {
    base(`${path}: gzipped HTML at most ${BUDGET} × /id/sources`, async ({ request }) => {
      const [bytes, plain] = [await gzipped(request, path), await gzipped(request, "/id/sources")];
      const ratio = bytes / plain;
      expect(ratio, `${path}: ${bytes} B gzipped, ${ratio.toFixed(3)} × /id/sources (${plain} B); budget ${BUDGET} ×`).toBeLessThanOrEqual(BUDGET);
    });
  }
});
