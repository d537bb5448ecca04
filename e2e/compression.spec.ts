import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

// Pages and static files are compressed once and served from memory (scripts/precompressed.mjs):
// brotli when asked, gzip otherwise, the same bytes as the prerendered file after decoding, and the
// same headers Next gives the same path.

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: Playwright's own client would decode the body and hide what was sent. */
function get(base: string, url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(url, base), { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`${url}: no answer in 30 s`)));
    req.on("error", reject);
    req.end();
  });
}

const decode = (a: Answer) => {
  const coding = a.headers["content-encoding"];
  if (coding === "br") return brotliDecompressSync(a.body);
  if (coding === "gzip") return gunzipSync(a.body);
  expect(coding, "no other content coding").toBeUndefined();
  return a.body;
};

/** Headers of one connection, or of one encoding, left out of a comparison between encodings. */
const PER_ANSWER = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag"]);
const comparable = (h: http.IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).filter(([k]) => !PER_ANSWER.has(k)));

/**
 * The server compresses its pages and static files once, at start (about a minute of one core on a
 * busy two-core machine the first time after a build); until it has, Next answers as it always did.
 */
async function compressedBy(base: string, url: string) {
  await expect
    .poll(async () => (await get(base, url, { "accept-encoding": "br" }, "HEAD")).headers["content-encoding"], { timeout: 100_000, intervals: [500] })
    .toBe("br");
}

const SECURITY = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options", "cross-origin-opener-policy"];
const onDisk = (file: string) => readFileSync(path.join(".next", file));

test.describe("compressed once", () => {
  test.describe.configure({ timeout: 120_000 });
  test("/id: brotli when asked, gzip otherwise, the identity without Accept-Encoding; all three the prerendered file", async ({ baseURL }) => {
    const base = baseURL!;
    await compressedBy(base, "/id");
    const br = await get(base, "/id", { "accept-encoding": "gzip, deflate, br, zstd" });
    const gz = await get(base, "/id", { "accept-encoding": "gzip, deflate" });
    const none = await get(base, "/id");
    expect([br.status, gz.status, none.status]).toEqual([200, 200, 200]);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(none.headers["content-encoding"]).toBeUndefined();
    const file = onDisk("server/app/id.html");
    for (const a of [br, gz, none]) {
      expect(decode(a).equals(file), `${a.headers["content-encoding"] ?? "identity"} decodes to .next/server/app/id.html`).toBe(true);
      expect(Number(a.headers["content-length"])).toBe(a.body.length);
      expect(a.headers.vary?.split(/,\s*/)).toContain("Accept-Encoding");
      for (const name of SECURITY) expect(a.headers[name], name).toBeTruthy();
      expect(a.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(a.headers["cache-control"]).toBe("public, max-age=0, s-maxage=86400, stale-while-revalidate=604800");
    }
    expect(br.body.length).toBeLessThan(gz.body.length);
    expect(gz.body.length).toBeLessThan(none.body.length);
    // Same headers whatever the encoding, but the ETag: one per encoding.
    expect(comparable(br.headers)).toEqual(comparable(none.headers));
    expect(comparable(gz.headers)).toEqual(comparable(none.headers));
    expect(new Set([br.headers.etag, gz.headers.etag, none.headers.etag]).size).toBe(3);
  });

  test("/id: the same headers and ETag Next itself answers the same path with", async ({ baseURL }) => {
    const base = baseURL!;
    await compressedBy(base, "/id");
    const cached = await get(base, "/id", { "accept-encoding": "identity" });
    // The layer's own way to Next (scripts/precompressed.mjs FILL_HEADER): Next's answer, untouched.
    const next = await get(base, "/id", { "accept-encoding": "identity", "x-precompress-fill": "1" });
    expect(next.status).toBe(200);
    expect(next.body.equals(cached.body)).toBe(true);
    expect(cached.headers.etag).toBe(next.headers.etag);
    expect(comparable(cached.headers)).toEqual(comparable(next.headers));
  });

  test("/id: If-None-Match with each encoding's ETag (or Next's own) → 304 with the same headers, no body", async ({ baseURL }) => {
    const base = baseURL!;
    await compressedBy(base, "/id");
    for (const accept of ["br", "gzip", "identity"]) {
      const first = await get(base, "/id", { "accept-encoding": accept });
      const etag = first.headers.etag!;
      expect(etag, accept).toMatch(/^"[^"]+"$/);
      const again = await get(base, "/id", { "accept-encoding": accept, "if-none-match": etag });
      expect(again.status, accept).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      for (const name of [...SECURITY, "cache-control", "vary"]) expect(again.headers[name], `${accept} 304 ${name}`).toBe(first.headers[name]);
    }
    // Another encoding's ETag is not this one's.
    const br = await get(base, "/id", { "accept-encoding": "br" });
    expect((await get(base, "/id", { "accept-encoding": "gzip", "if-none-match": br.headers.etag! })).status).toBe(200);
    // Next's own ETag (on the identity here; Next gives its per-request gzip the same one) stays valid.
    const identity = await get(base, "/id", { "accept-encoding": "identity" });
    const fromNext = await get(base, "/id", { "accept-encoding": "br", "if-none-match": identity.headers.etag! });
    expect(fromNext.status).toBe(304);
    expect(fromNext.headers.etag).toBe(identity.headers.etag);
    expect(fromNext.headers["content-encoding"]).toBeUndefined();
  });

  test("HEAD /id: the GET's headers, no body", async ({ baseURL }) => {
    await compressedBy(baseURL!, "/id");
    const head = await get(baseURL!, "/id", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(Number(head.headers["content-length"])).toBeGreaterThan(1000);
    expect(head.body.length).toBe(0);
  });

  test("a rewritten view (/id?currency=IDR) is its own prerendered page, brotli too", async ({ baseURL }) => {
    await compressedBy(baseURL!, "/id?currency=IDR");
    const a = await get(baseURL!, "/id?currency=IDR", { "accept-encoding": "br" });
    expect(a.headers["content-encoding"]).toBe("br");
    expect(decode(a).equals(onDisk("server/app/id/v/IDR-article.html"))).toBe(true);
  });

  test("a static chunk is served brotli when asked, the file on disk after decoding", async ({ baseURL }) => {
    const base = baseURL!;
    const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(onDisk("server/app/id.html").toString())?.[1];
    expect(chunk).toBeTruthy();
    await compressedBy(base, chunk!);
    const br = await get(base, chunk!, { "accept-encoding": "br, gzip" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers["x-content-type-options"]).toBe("nosniff");
    expect(decode(br).equals(onDisk(chunk!.replace("/_next/", "")))).toBe(true);
    expect((await get(base, chunk!, { "accept-encoding": "br", "if-none-match": br.headers.etag! })).status).toBe(304);
  });

  test("RSC requests, API queries and uncacheable pages are Next's, as before (never brotli)", async ({ baseURL }) => {
    const base = baseURL!;
    for (const [url, headers] of [
      ["/id", { rsc: "1" }],
      ["/api/trade?partner=CA5&flow=total", {}],
      ["/id/check", {}],
    ] as const) {
      const a = await get(base, url, { "accept-encoding": "br, gzip", ...headers });
      expect(a.headers["content-encoding"], url).not.toBe("br");
      for (const name of SECURITY) expect(a.headers[name], `${url} ${name}`).toBeTruthy();
    }
  });
});
