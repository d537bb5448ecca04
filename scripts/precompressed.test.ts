import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  buildIdentity,
  createPrecompressed,
  eligible,
  mergeVary,
  negotiate,
  noneMatch,
  rewriteSources,
  unstorable,
  variantEtag,
  warmUrls,
  type Coding,
  type PrecompressedOptions,
} from "./precompressed.mjs";

describe("negotiate (Accept-Encoding → the coding sent)", () => {
  it.each<[string | undefined, Coding, string[]?]>([
    [undefined, "identity"],
    ["", "identity"],
    ["gzip", "gzip"],
    ["br", "br"],
    ["br, gzip", "br"],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, br", "br"],
    ["BR", "br"],
    ["x-gzip", "gzip"],
    ["deflate", "identity"],
    ["identity", "identity"],
    ["gzip;q=1, br;q=0.5", "gzip"],
    [" br ; q=0.9 , gzip ; q=0.9", "br"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0", "identity"],
    ["gzip;q=0", "identity"],
    ["*", "br"],
    ["*;q=0.5, gzip", "gzip"],
    ["*, br;q=0", "gzip"],
    ["identity;q=0, gzip;q=0.1", "gzip"],
    ["gzip;q=0.8, identity;q=0.9", "identity"],
    ["gzip;q=0.001", "gzip"],
    ["*;q=0", "identity"],
    ["br, gzip", "gzip", ["gzip"]],
    ["br", "identity", ["gzip"]],
    ["br;q=0.5, gzip;q=0.4", "gzip", ["gzip"]],
  ])("%j → %s", (header, expected, available) => {
    expect(negotiate(header, available)).toBe(expected);
  });
});

describe("headers", () => {
  it("Vary gets Accept-Encoding once, Next's own entries kept in order", () => {
    expect(mergeVary(undefined)).toBe("Accept-Encoding");
    expect(mergeVary("rsc, next-router-state-tree")).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect(mergeVary("rsc, accept-encoding")).toBe("rsc, accept-encoding");
    expect(mergeVary("Accept-Encoding")).toBe("Accept-Encoding");
    expect(mergeVary("*")).toBe("*");
  });

  it("each encoding has its own ETag, strong or weak as Next's", () => {
    expect(variantEtag('"abc"', "identity")).toBe('"abc"');
    expect(variantEtag('"abc"', "br")).toBe('"abc-br"');
    expect(variantEtag('"abc"', "gzip")).toBe('"abc-gzip"');
    expect(variantEtag('W/"17-a"', "br")).toBe('W/"17-a-br"');
  });

  it("If-None-Match: weak comparison, lists and *, never another encoding's tag", () => {
    expect(noneMatch('"abc-br"', '"abc-br"')).toBe(true);
    expect(noneMatch('W/"abc-br"', '"abc-br"')).toBe(true);
    expect(noneMatch('"x", "abc-gzip"', '"abc-gzip"')).toBe(true);
    expect(noneMatch("*", '"abc"')).toBe(true);
    expect(noneMatch('"abc"', '"abc-br"')).toBe(false);
    expect(noneMatch('"abc-br"', '"abc"')).toBe(false);
    expect(noneMatch(undefined, '"abc"')).toBe(false);
    expect(noneMatch('"a,b"', '"a,b"')).toBe(true);
  });

  it.each<[string, number, Record<string, string>, string | null]>([
    ["a prerendered page", 200, { "cache-control": "public, max-age=0, s-maxage=86400", "content-type": "text/html; charset=utf-8", vary: "rsc, next-router-state-tree, Accept-Encoding" }, null],
    ["a static chunk", 200, { "cache-control": "public, max-age=31536000, immutable", "content-type": "application/javascript; charset=UTF-8" }, null],
    ["JSON", 200, { "cache-control": "public, max-age=300", "content-type": "application/json; charset=utf-8" }, null],
    ["SVG", 200, { "cache-control": "public, max-age=0, must-revalidate", "content-type": "image/svg+xml" }, null],
    ["CSV", 200, { "cache-control": "public, max-age=300", "content-type": "text/csv; charset=utf-8" }, null],
    ["a 404", 404, { "cache-control": "public", "content-type": "text/html" }, "status 404"],
    ["a redirect", 307, { "cache-control": "public", "content-type": "text/html" }, "status 307"],
    ["no-store", 200, { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate", "content-type": "text/html" }, "Cache-Control: private, no-cache, no-store, max-age=0, must-revalidate"],
    ["no Cache-Control", 200, { "content-type": "text/html" }, "no Cache-Control"],
    ["no-transform", 200, { "cache-control": "public, no-transform", "content-type": "text/html" }, "Cache-Control: public, no-transform"],
    ["a cookie", 200, { "cache-control": "public", "content-type": "text/html", "set-cookie": "a=1" }, "sets a cookie"],
    ["a PNG", 200, { "cache-control": "public", "content-type": "image/png" }, "type image/png"],
    ["already gzipped", 200, { "cache-control": "public", "content-type": "text/html", "content-encoding": "gzip" }, "already encoded (gzip)"],
    ["varying on Cookie", 200, { "cache-control": "public", "content-type": "text/html", vary: "rsc, Cookie" }, "varies on cookie"],
  ])("storable: %s", (_label, status, headers, expected) => {
    expect(unstorable(status, headers, Buffer.from("x"))).toBe(expected);
  });

  it.each<[string, { method?: string; url?: string; headers?: Record<string, string> }, boolean]>([
    ["GET of a page", {}, true],
    ["HEAD", { method: "HEAD" }, true],
    ["a page with a query (a rewrite chooses the view)", { url: "/id?currency=IDR" }, true],
    ["an API path without a query", { url: "/api/dataset" }, true],
    ["POST", { method: "POST" }, false],
    ["OPTIONS", { method: "OPTIONS" }, false],
    ["an API query", { url: "/api/trade?currency=IDR" }, false],
    ["rsc", { headers: { rsc: "1" } }, false],
    ["next-router-prefetch", { headers: { "next-router-prefetch": "1" } }, false],
    ["next-router-state-tree", { headers: { "next-router-state-tree": "%5B%5D" } }, false],
    ["next-router-segment-prefetch", { headers: { "next-router-segment-prefetch": "/_tree" } }, false],
    ["next-url", { headers: { "next-url": "/id" } }, false],
    ["a byte range", { headers: { range: "bytes=0-9" } }, false],
    ["a draft-mode cookie", { headers: { cookie: "a=1; __prerender_bypass=x" } }, false],
    ["an ordinary cookie", { headers: { cookie: "theme=dark" } }, true],
    ["the layer's own request", { headers: { "x-precompress-fill": "1" } }, false],
    ["an absolute-form target", { url: "http://example.org/id" }, false],
    ["a protocol-relative path", { url: "//example.org/id" }, false],
  ])("eligible: %s → %s", (_label, req, expected) => {
    expect(eligible({ method: req.method ?? "GET", url: req.url ?? "/id", headers: req.headers ?? {} })).toBe(expected);
  });
});

describe("warm list and build identity", () => {
  const dist = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "precompress-dist-"));
    writeFileSync(path.join(dir, "BUILD_ID"), "one\n");
    const routes = Object.fromEntries(["/_not-found", "/id", "/en", "/id/v/IDR-article", "/id/v/IDR-annual", "/en/v/CNY", "/og/id/USD"].map((r) => [r, { initialRevalidateSeconds: false }]));
    writeFileSync(path.join(dir, "prerender-manifest.json"), JSON.stringify({ routes }));
    const has = (key: string, value: string) => ({ type: "query", key, value });
    const rewrites = {
      beforeFiles: [
        { source: "/:lang(id|en)", has: [has("currency", "IDR"), has("rate", "annual")], destination: "/:lang/v/IDR-annual", regex: "^(?:/(id|en))(?:/)?$" },
        { source: "/:lang(id|en)", has: [has("currency", "IDR")], missing: [{ type: "query", key: "idrPerUsd" }], destination: "/:lang/v/IDR-article", regex: "^(?:/(id|en))(?:/)?$" },
        { source: "/:lang(id|en)", has: [has("currency", "CNY")], destination: "/:lang/v/CNY", regex: "^(?:/(id|en))(?:/)?$" },
        { source: "/old", has: [{ type: "header", key: "x-a", value: "1" }], destination: "/id" },
      ],
      afterFiles: [],
      fallback: [],
    };
    writeFileSync(path.join(dir, "routes-manifest.json"), JSON.stringify({ rewrites }));
    mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
    mkdirSync(path.join(dir, "static", "media"), { recursive: true });
    writeFileSync(path.join(dir, "static", "chunks", "a.js"), "x");
    writeFileSync(path.join(dir, "static", "chunks", "b.css"), "x");
    writeFileSync(path.join(dir, "static", "media", "font.woff2"), "x");
    return dir;
  };

  it("lists the prerendered routes, the query URLs rewritten onto them and the static text files", () => {
    const urls = warmUrls(dist());
    expect(urls).toEqual(
      expect.arrayContaining(["/id", "/en", "/id/v/IDR-article", "/og/id/USD", "/id?currency=IDR&rate=annual", "/id?currency=IDR", "/en?currency=CNY", "/_next/static/chunks/a.js", "/_next/static/chunks/b.css"]),
    );
    expect(urls).not.toContain("/_not-found");
    expect(urls).not.toContain("/_next/static/media/font.woff2");
    // Only the views that were prerendered: /en's rupiah views were not, in this manifest.
    expect(urls).not.toContain("/en?currency=IDR");
    expect(urls.filter((u) => u.includes("?"))).toHaveLength(3);
    expect(urls.slice(0, 2)).toEqual(["/id", "/en"]);
  });

  it("a rewrite on a header, or without a value to give, yields no URL", () => {
    expect(rewriteSources({ source: "/old", destination: "/id", has: [{ type: "header", key: "x", value: "1" }] }, ["/id"])).toEqual([]);
    expect(rewriteSources({ source: "/:lang", destination: "/:lang/v", has: [{ type: "query", key: "x" }] }, ["/id/v"])).toEqual([]);
  });

  it("the build identity follows BUILD_ID and the prerender manifest, and is null without a build", () => {
    const dir = dist();
    const id = buildIdentity(dir);
    const first = id();
    expect(first).toMatch(/^one\|/);
    expect(id()).toBe(first);
    writeFileSync(path.join(dir, "BUILD_ID"), "two\n");
    const second = id();
    expect(second).toMatch(/^two\|/);
    writeFileSync(path.join(dir, "prerender-manifest.json"), JSON.stringify({ routes: { "/id": {} }, more: 1 }));
    expect(id()).not.toBe(second);
    expect(buildIdentity(path.join(dir, "nothing"))()).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The layer in front of a fake Next, over real HTTP.

const SECURITY = {
  "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
};
const html = (label: string) => `<!DOCTYPE html><html><body>${Array.from({ length: 2000 }, (_, i) => `<p>${label} row ${i} of the table</p>`).join("")}</body></html>`;

interface FakeNext {
  calls: { url: string; encoding: string | undefined; fill: boolean }[];
  version: string;
}

function fakeNext(): FakeNext & { handle: (req: IncomingMessage, res: ServerResponse) => void } {
  const state: FakeNext = { calls: [], version: "v1" };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    state.calls.push({ url, encoding: req.headers["accept-encoding"] as string | undefined, fill: req.headers["x-precompress-fill"] !== undefined });
    const pathname = url.split("?")[0];
    const reply = (status: number, headers: Record<string, string | string[]>, body: string | Buffer) => {
      const data = Buffer.from(body);
      if (headers.ETag && req.headers["if-none-match"] === headers.ETag) {
        res.writeHead(304, { ...SECURITY, ...headers });
        return res.end();
      }
      res.writeHead(status, { ...SECURITY, ...headers, "Content-Length": String(data.length) });
      res.end(req.method === "HEAD" ? undefined : data);
    };
    const page = { "Cache-Control": "public, max-age=0, s-maxage=86400", "Content-Type": "text/html; charset=utf-8", Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch", "x-nextjs-prerender": ["1", "1"] };
    switch (pathname) {
      case "/page": {
        const view = url.includes("currency=IDR") ? "rupiah" : "dollar";
        return reply(200, { ...page, ETag: `"${state.version}-${view}"` }, html(`${state.version} ${view}`));
      }
      case "/static.js":
        return reply(200, { "Cache-Control": "public, max-age=31536000, immutable", "Content-Type": "application/javascript; charset=UTF-8", "Accept-Ranges": "bytes", "Last-Modified": "Sun, 06 Dec 2026 09:15:48 GMT", ETag: 'W/"5-abc"', Vary: "Accept-Encoding" }, `console.log(${JSON.stringify(html("chunk"))});`);
      case "/noetag.css":
        return reply(200, { "Cache-Control": "public, max-age=0", "Content-Type": "text/css" }, `body{color:red}\n`.repeat(500));
      case "/tiny.txt":
        return reply(200, { "Cache-Control": "public, max-age=0", "Content-Type": "text/plain", ETag: '"t"' }, "x");
      case "/private":
        return reply(200, { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate", "Content-Type": "text/html" }, html("private"));
      case "/image.png":
        return reply(200, { "Cache-Control": "public, max-age=0", "Content-Type": "image/png" }, Buffer.alloc(5000, 7));
      case "/api/trade":
        return reply(200, { "Cache-Control": "public, max-age=300", "Content-Type": "application/json", ETag: '"api"' }, JSON.stringify({ rows: html("api") }));
      default:
        if (/^\/p\d+$/.test(pathname ?? "")) return reply(200, { ...page, ETag: `"${pathname}"` }, html(pathname ?? ""));
        return reply(404, { "Cache-Control": "private, no-cache, no-store", "Content-Type": "text/html" }, "not found");
    }
  };
  return Object.assign(state, { handle });
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

function request(port: number, url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: url, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const decode = (a: Answer) => (a.headers["content-encoding"] === "br" ? brotliDecompressSync(a.body) : a.headers["content-encoding"] === "gzip" ? gunzipSync(a.body) : a.body);

const opened: { server: http.Server; close: () => void }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    o.close();
    await new Promise((r) => o.server.close(r));
  }
});

async function start(options: Partial<PrecompressedOptions> = {}) {
  const next = fakeNext();
  let id: string | null = "build-1";
  const layer = createPrecompressed({ handle: next.handle, buildId: () => id, store: null, ...options });
  const server = http.createServer((req, res) => layer.serve(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  layer.listening(server.address() as AddressInfo);
  opened.push({ server, close: layer.close });
  const port = (server.address() as AddressInfo).port;
  const fills = (url: string) => next.calls.filter((c) => c.url === url && c.fill).length;
  const passed = (url: string) => next.calls.filter((c) => c.url === url && !c.fill).length;
  const settle = async () => {
    for (let i = 0; i < 200 && (layer.stats().queued > 0 || next.calls.length === 0); i++) await new Promise((r) => setTimeout(r, 10));
    await layer.warm([]);
  };
  return { next, layer, port, fills, passed, settle, setBuild: (v: string | null) => (id = v), get: (url: string, headers: Record<string, string> = {}, method = "GET") => request(port, url, headers, method) };
}

describe("the layer in front of Next", () => {
  it("serves brotli, gzip or the identity by Accept-Encoding, each byte-identical to Next's answer after decoding, with Next's headers", async () => {
    const s = await start();
    await s.layer.warm(["/page"]);
    const original = Buffer.from(html("v1 dollar"));
    const br = await s.get("/page", { "accept-encoding": "br, gzip" });
    const gz = await s.get("/page", { "accept-encoding": "gzip, deflate" });
    const none = await s.get("/page");
    expect([br, gz, none].map((a) => a.headers["content-encoding"])).toEqual(["br", "gzip", undefined]);
    for (const a of [br, gz, none]) {
      expect(a.status).toBe(200);
      expect(decode(a).equals(original)).toBe(true);
      expect(Number(a.headers["content-length"])).toBe(a.body.length);
      expect(a.headers.vary).toBe("rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
      expect(a.headers["cache-control"]).toBe("public, max-age=0, s-maxage=86400");
      expect(a.headers["content-type"]).toBe("text/html; charset=utf-8");
      for (const [name, value] of Object.entries(SECURITY)) expect(a.headers[name.toLowerCase()]).toBe(value);
      // Next's repeated header stays repeated.
      expect(a.rawHeaders.filter((h) => h === "x-nextjs-prerender")).toHaveLength(2);
    }
    expect(br.body.length).toBeLessThan(gz.body.length);
    expect([br.headers.etag, gz.headers.etag, none.headers.etag]).toEqual(['"v1-dollar-br"', '"v1-dollar-gzip"', '"v1-dollar"']);
    // Next was asked once, for the identity, and never again.
    expect(s.next.calls).toEqual([{ url: "/page", encoding: "identity", fill: true }]);
    expect(s.layer.stats().hits).toBe(3);
  });

  it("answers 304 to each encoding's own ETag (and to Next's), with the same headers and no body; 200 to another encoding's", async () => {
    const s = await start();
    await s.layer.warm(["/page"]);
    for (const [accept, etag] of <[string, string][]>[
      ["br", '"v1-dollar-br"'],
      ["gzip", '"v1-dollar-gzip"'],
      ["identity", '"v1-dollar"'],
    ]) {
      const full = await s.get("/page", { "accept-encoding": accept });
      const again = await s.get("/page", { "accept-encoding": accept, "if-none-match": etag });
      expect(again.status, accept).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      const without = (h: http.IncomingHttpHeaders, names: string[]) => Object.fromEntries(Object.entries(h).filter(([k]) => !names.includes(k)));
      expect(without(again.headers, ["date"])).toEqual(without(full.headers, ["date", "content-length", "content-encoding"]));
    }
    expect((await s.get("/page", { "accept-encoding": "gzip", "if-none-match": '"v1-dollar-br"' })).status).toBe(200);
    expect((await s.get("/page", { "accept-encoding": "br", "if-none-match": '"v1-dollar-gzip"' })).status).toBe(200);
    // Next's own ETag, which Next also gives the gzip it makes per request: that copy is still good.
    const nexts = await s.get("/page", { "accept-encoding": "br", "if-none-match": '"v1-dollar"' });
    expect(nexts.status).toBe(304);
    expect(nexts.headers.etag).toBe('"v1-dollar"');
    expect(nexts.headers["content-encoding"]).toBeUndefined();
    expect((await s.get("/page", { "accept-encoding": "br", "if-none-match": '"other", W/"v1-dollar-br"' })).status).toBe(304);
    expect((await s.get("/page", { "if-none-match": "*" })).status).toBe(304);
    expect(s.next.calls).toHaveLength(1);
  });

  it("If-Modified-Since works where Next sends Last-Modified (static files), If-None-Match first", async () => {
    const s = await start();
    await s.layer.warm(["/static.js"]);
    expect((await s.get("/static.js", { "accept-encoding": "br", "if-modified-since": "Sun, 06 Dec 2026 09:15:48 GMT" })).status).toBe(304);
    expect((await s.get("/static.js", { "accept-encoding": "br", "if-modified-since": "Sat, 05 Dec 2026 09:15:48 GMT" })).status).toBe(200);
    expect((await s.get("/static.js", { "accept-encoding": "br", "if-modified-since": "Sun, 06 Dec 2026 09:15:48 GMT", "if-none-match": '"nope"' })).status).toBe(200);
    const weak = await s.get("/static.js", { "accept-encoding": "br", "if-none-match": 'W/"5-abc-br"' });
    expect(weak.status).toBe(304);
    expect(weak.headers.etag).toBe('W/"5-abc-br"');
  });

  it("HEAD: the GET's headers (Content-Length of the encoded body), no body", async () => {
    const s = await start();
    await s.layer.warm(["/page"]);
    const get = await s.get("/page", { "accept-encoding": "br" });
    const head = await s.get("/page", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String(get.body.length));
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it("byte ranges stay with the identity: no Accept-Ranges on a compressed answer, and a Range request goes to Next", async () => {
    const s = await start();
    await s.layer.warm(["/static.js"]);
    expect((await s.get("/static.js", { "accept-encoding": "br" })).headers["accept-ranges"]).toBeUndefined();
    expect((await s.get("/static.js")).headers["accept-ranges"]).toBe("bytes");
    await s.get("/static.js", { range: "bytes=0-3" });
    expect(s.passed("/static.js")).toBe(1);
  });

  it("passes to Next, unchanged, what it must not answer: other methods, RSC requests, API queries, uncacheable answers", async () => {
    const s = await start();
    await s.layer.warm(["/page", "/private", "/image.png", "/missing"]);
    expect(s.layer.stats().entries).toBe(1);
    expect(s.layer.entry("/private")?.why).toMatch(/no-store/);
    expect(s.layer.entry("/image.png")?.why).toBe("type image/png");
    expect(s.layer.entry("/missing")?.why).toBe("status 404");
    await s.get("/page", { rsc: "1", "accept-encoding": "br" });
    await s.get("/page", { "next-router-prefetch": "1" });
    await s.get("/page", {}, "POST");
    await s.get("/page", {}, "OPTIONS");
    expect(s.passed("/page")).toBe(4);
    for (const url of ["/private", "/image.png", "/missing"]) {
      const a = await s.get(url, { "accept-encoding": "br" });
      expect(a.headers["content-encoding"], url).toBeUndefined();
      expect(s.passed(url), url).toBe(1);
      expect(s.fills(url), url).toBe(1);
    }
    for (let i = 0; i < 3; i++) await s.get("/api/trade?currency=IDR", { "accept-encoding": "br" });
    expect(s.passed("/api/trade?currency=IDR")).toBe(3);
    expect(s.fills("/api/trade?currency=IDR")).toBe(0);
  });

  it("a URL not yet known goes to Next the first time, is compressed in the background, then served from memory", async () => {
    const s = await start();
    const first = await s.get("/static.js", { "accept-encoding": "br" });
    expect(first.headers["content-encoding"]).toBeUndefined();
    expect(s.passed("/static.js")).toBe(1);
    await s.settle();
    const second = await s.get("/static.js", { "accept-encoding": "br" });
    expect(second.headers["content-encoding"]).toBe("br");
    expect(decode(second).equals(first.body)).toBe(true);
    expect(s.fills("/static.js")).toBe(1);
    expect(s.passed("/static.js")).toBe(1);
  });

  it("a request for a URL being compressed waits for it rather than going to Next; one only queued goes to Next", async () => {
    const s = await start();
    const warming = s.layer.warm(["/page", "/p1", "/p2", "/p3"]);
    // /page is being filled (the first in the queue), /p3 waits its turn.
    const [a, b] = await Promise.all([s.get("/page", { "accept-encoding": "br" }), s.get("/p3", { "accept-encoding": "br" })]);
    expect(a.headers["content-encoding"]).toBe("br");
    expect(s.passed("/page")).toBe(0);
    expect(b.headers["content-encoding"]).toBeUndefined();
    expect(s.passed("/p3")).toBe(1);
    await warming;
    expect(s.fills("/p3")).toBe(1);
    expect((await s.get("/p3", { "accept-encoding": "br" })).headers["content-encoding"]).toBe("br");
  });

  it("an answer without an ETag gets a strong one computed from its bytes, and revalidates", async () => {
    const s = await start();
    await s.layer.warm(["/noetag.css"]);
    const a = await s.get("/noetag.css");
    expect(a.headers.etag).toMatch(/^"[0-9a-f]{27}"$/);
    const b = await s.get("/noetag.css", { "accept-encoding": "gzip" });
    expect(b.headers.etag).toBe(`${a.headers.etag?.slice(0, -1)}-gzip"`);
    expect((await s.get("/noetag.css", { "accept-encoding": "gzip", "if-none-match": b.headers.etag ?? "" })).status).toBe(304);
  });

  it("an encoding that would not be smaller is not offered", async () => {
    const s = await start();
    await s.layer.warm(["/tiny.txt"]);
    const a = await s.get("/tiny.txt", { "accept-encoding": "br, gzip" });
    expect(a.headers["content-encoding"]).toBeUndefined();
    expect(a.body.toString()).toBe("x");
    expect(a.headers.vary).toBe("Accept-Encoding");
  });

  it("keeps the query: each view its own entry, one copy of a body shared by URLs that answer it", async () => {
    const s = await start();
    await s.layer.warm(["/page", "/page?currency=IDR", "/page?utm_source=x"]);
    expect(decode(await s.get("/page?currency=IDR", { "accept-encoding": "br" })).toString()).toBe(html("v1 rupiah"));
    expect(decode(await s.get("/page?utm_source=x", { "accept-encoding": "br" })).toString()).toBe(html("v1 dollar"));
    expect(s.layer.stats()).toMatchObject({ entries: 3, bodies: 2 });
  });

  it("is bounded by entries and bytes, dropping the least recently used", async () => {
    const s = await start({ maxEntries: 3 });
    await s.layer.warm(["/p1", "/p2", "/p3"]);
    await s.get("/p1");
    await s.layer.warm(["/p4"]);
    expect(s.layer.stats().entries).toBe(3);
    expect(s.layer.entry("/p2")).toBeUndefined();
    expect(s.layer.entry("/p1")).toBeDefined();
    // Bytes: identity, brotli and gzip bodies and headers; room for three and a half entries holds three.
    const maxBytes = Math.floor((s.layer.stats().bytes / 3) * 3.5);
    const small = await start({ maxBytes, maxEntryBytes: 2 ** 20 });
    await small.layer.warm(["/p1", "/p2", "/p3", "/p4", "/p5"]);
    expect(small.layer.stats().bytes).toBeLessThanOrEqual(maxBytes);
    expect(small.layer.stats().entries).toBe(3);
    expect(small.layer.entry("/p5")).toBeDefined();
    expect(small.layer.entry("/p1")).toBeUndefined();
  });

  it("a new build drops the cache: never an answer of the old build once the build id on disk changed", async () => {
    const s = await start();
    await s.layer.warm(["/page"]);
    expect(decode(await s.get("/page", { "accept-encoding": "br" })).toString()).toBe(html("v1 dollar"));
    // The rebuild: Next now answers the new page, and the build id on disk is a new one.
    s.next.version = "v2";
    s.setBuild("build-2");
    const after = await s.get("/page", { "accept-encoding": "br" });
    expect(decode(after).toString()).toBe(html("v2 dollar"));
    expect(s.layer.stats().dropped).toBe(1);
    await s.settle();
    const cached = await s.get("/page", { "accept-encoding": "br" });
    expect(cached.headers.etag).toBe('"v2-dollar-br"');
    expect(decode(cached).toString()).toBe(html("v2 dollar"));
    // No build on disk (a build under way): everything goes to Next.
    s.setBuild(null);
    await s.get("/page", { "accept-encoding": "br" });
    expect(s.layer.stats().entries).toBe(0);
    expect(s.passed("/page")).toBe(2);
  });

  it("a fill that finishes after the build changed is thrown away", async () => {
    const s = await start();
    const warming = s.layer.warm(["/p1", "/p2", "/page"]);
    s.setBuild("build-2");
    await s.get("/p9");
    await warming;
    expect(s.layer.entry("/page")).toBeUndefined();
  });

  it("keeps compressed bodies in a store named by content, so a restart does not compress again, and never trusts a damaged one", async () => {
    const store = mkdtempSync(path.join(tmpdir(), "precompress-store-"));
    const a = await start({ store });
    await a.layer.warm(["/page"]);
    const files = readdirSync(store).sort();
    expect(files).toHaveLength(2);
    const original = await a.get("/page", { "accept-encoding": "br" });
    const b = await start({ store });
    await b.layer.warm(["/page"]);
    expect((await b.get("/page", { "accept-encoding": "br" })).body.equals(original.body)).toBe(true);
    for (const f of files) writeFileSync(path.join(store, f), "damaged");
    const c = await start({ store });
    await c.layer.warm(["/page"]);
    expect(decode(await c.get("/page", { "accept-encoding": "br" })).toString()).toBe(html("v1 dollar"));
    expect(decode(await c.get("/page", { "accept-encoding": "gzip" })).toString()).toBe(html("v1 dollar"));
  });
});
