// Serves Next's cacheable answers (prerendered pages, static chunks, build-time JSON) from memory,
// compressed once with brotli and gzip, instead of Next gzipping each one again on every request.
//
// How: the first time a URL is asked (or at start, for every prerendered page and static file), the
// layer asks Next itself for it over loopback, uncompressed, and keeps Next's status, headers and
// bytes if the answer may be cached by anyone (200, public Cache-Control, no Set-Cookie, a text type).
// It compresses those bytes once (brotli quality 11, gzip level 9) and from then on answers the URL
// itself: the encoding chosen by Accept-Encoding, Vary: Accept-Encoding, one ETag per encoding,
// 304 for If-None-Match, HEAD without a body, Next's own headers otherwise unchanged. Anything else
// (RSC requests, ranges, non-GET, API queries, answers that are not cacheable) goes to Next as before.
// The cache belongs to one build: when .next/BUILD_ID or the prerender manifest changes on disk it
// is dropped, before the next request is answered from it. docs/serving.md says more.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotliCompress = promisify(zlib.brotliCompress);
const gzipCompress = promisify(zlib.gzip);

/** Request headers with which Next answers a client-side navigation (RSC payload), not the page. */
export const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url"];
/** Marks the layer's own requests to Next, so they reach Next directly. Harmless when a client sends it. */
export const FILL_HEADER = "x-precompress-fill";
/** Content types worth compressing. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|ecmascript|x-javascript|xml|manifest\+json|ld\+json|[a-z.+-]*\+json|[a-z.+-]*\+xml)|image\/svg\+xml)/i;
/** Headers the layer writes itself, or that belong to one connection. */
const OWN = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "etag", "vary"]);
/** Vary entries the cache key accounts for: RSC headers never reach the cache, Accept-Encoding is negotiated here. */
const VARY_HANDLED = new Set([...RSC_HEADERS, "accept-encoding"]);
/** Next's preview and draft-mode cookies make it render on request. */
const PREVIEW_COOKIE = /(^|;\s*)(__prerender_bypass|__next_preview_data)=/;
const CODINGS = ["br", "gzip"];

// ---------------------------------------------------------------------------------------------
// Pure helpers (exported for the unit tests)

/**
 * The content coding to send, by RFC 9110 §12.5.3: the highest q-value among the encodings that are
 * `available`; on a tie brotli, then gzip, then none. `*` stands for any coding not named; `br;q=0`
 * refuses brotli. No Accept-Encoding at all, or an empty one, gets the identity. Identity not named
 * is acceptable but least preferred; `identity;q=0` (or `*;q=0`) refuses it, and when every coding
 * is refused the identity is sent all the same (the RFC's advice).
 */
export function negotiate(header, available = CODINGS) {
  if (header === undefined || header === null) return "identity";
  const q = new Map();
  for (const part of String(header).split(",")) {
    const [rawName, ...params] = part.split(";");
    let coding = rawName.trim().toLowerCase();
    if (!coding) continue;
    if (coding === "x-gzip") coding = "gzip";
    let quality = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9](?:\.[0-9]{0,3})?)\s*$/i.exec(p);
      if (m) quality = Math.min(1, Number(m[1]));
    }
    if (!q.has(coding)) q.set(coding, quality);
  }
  const star = q.get("*");
  const ranked = [];
  for (const coding of CODINGS) {
    const quality = q.get(coding) ?? star ?? 0;
    if (quality > 0 && available.includes(coding)) ranked.push([coding, quality]);
  }
  const identity = q.get("identity") ?? (star === 0 ? 0 : 0.0001);
  if (identity > 0) ranked.push(["identity", identity]);
  let best = "identity";
  let bestQ = 0;
  for (const [coding, quality] of ranked) {
    if (quality > bestQ) [best, bestQ] = [coding, quality];
  }
  return best;
}

/** Vary with Accept-Encoding added once (case-insensitively), keeping Next's own entries and their order. */
export function mergeVary(vary) {
  const list = String(vary ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (list.includes("*")) return "*";
  if (!list.some((v) => v.toLowerCase() === "accept-encoding")) list.push("Accept-Encoding");
  return list.join(", ");
}

/**
 * The ETag of one encoding. RFC 9110 §8.8.3: a strong validator changes with the bytes, and the
 * brotli, gzip and identity bytes differ, so each gets its own (the coding as a suffix, as Apache's
 * mod_deflate does); a weak one keeps its W/ and gets the suffix too, so a client's If-None-Match
 * names exactly the variant it holds.
 */
export function variantEtag(etag, coding) {
  if (coding === "identity") return etag;
  const m = /^(W\/)?"([^"]*)"$/.exec(etag);
  return m ? `${m[1] ?? ""}"${m[2]}-${coding}"` : etag;
}

/** If-None-Match against one ETag, by the weak comparison RFC 9110 §13.1.2 asks for. */
export function noneMatch(header, etag) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag) => tag.replace(/^W\//, "");
  const want = opaque(etag);
  for (const m of header.matchAll(/(?:W\/)?"[^"]*"/g)) if (opaque(m[0]) === want) return true;
  return false;
}

/** Why an answer of Next's cannot be kept and served from memory, or null when it can. */
export function unstorable(status, headers, body, maxEntryBytes = Infinity) {
  if (status !== 200) return `status ${status}`;
  if (headers["set-cookie"]) return "sets a cookie";
  const cc = String(headers["cache-control"] ?? "").toLowerCase();
  if (!cc) return "no Cache-Control";
  if (/(^|[,\s])(no-store|private|no-cache|no-transform)\b/.test(cc)) return `Cache-Control: ${cc}`;
  const encoding = String(headers["content-encoding"] ?? "identity").toLowerCase();
  if (encoding !== "identity") return `already encoded (${encoding})`;
  if (!COMPRESSIBLE.test(String(headers["content-type"] ?? ""))) return `type ${headers["content-type"] ?? "(none)"}`;
  const vary = String(headers.vary ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const other = vary.filter((v) => !VARY_HANDLED.has(v));
  if (other.length) return `varies on ${other.join(", ")}`;
  if (body.length > maxEntryBytes) return `${body.length} bytes, more than ${maxEntryBytes}`;
  return null;
}

/** Whether a request may be answered from the cache (or fill it); everything else goes to Next unchanged. */
export function eligible(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "";
  // Origin-form only: an absolute-form target ("GET http://…") is Next's to answer.
  if (!url.startsWith("/") || url.startsWith("//")) return false;
  const h = req.headers;
  if (h[FILL_HEADER] !== undefined || h.range !== undefined) return false;
  for (const name of RSC_HEADERS) if (h[name] !== undefined) return false;
  if (h.cookie !== undefined && PREVIEW_COOKIE.test(h.cookie)) return false;
  // An API query is answered from the query: a space of keys without end, each a new compression.
  if (url.includes("?") && (url.startsWith("/api/") || url.startsWith("/api?"))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Build identity

/**
 * The build a cache belongs to: .next/BUILD_ID's text, plus the prerender manifest's size and time.
 * The manifest is written at the end of `next build`, after every page, so pages captured while a
 * build was still writing are dropped once it finishes. Checked with two stat calls (a few µs).
 */
export function buildIdentity(distDir) {
  const idFile = path.join(distDir, "BUILD_ID");
  const manifest = path.join(distDir, "prerender-manifest.json");
  let lastStat = "";
  let lastId = null;
  return () => {
    const a = statSync(idFile, { throwIfNoEntry: false });
    if (!a) return null;
    const b = statSync(manifest, { throwIfNoEntry: false });
    const stamp = `${a.ino}:${a.size}:${a.mtimeMs}|${b ? `${b.ino}:${b.size}:${b.mtimeMs}` : "-"}`;
    if (stamp !== lastStat) {
      try {
        lastId = `${readFileSync(idFile, "utf8").trim()}|${b ? `${b.size}:${b.mtimeMs}` : "-"}`;
      } catch {
        return null;
      }
      lastStat = stamp;
    }
    return lastId;
  };
}

/**
 * The URLs to compress at start, in this order: every prerendered route, the query URLs that the
 * rewrites map onto prerendered routes (/id?currency=IDR → /id/v/IDR-article), and the static files
 * under /_next/static.
 */
export function warmUrls(distDir) {
  const urls = [];
  const read = (file) => {
    try {
      return JSON.parse(readFileSync(path.join(distDir, file), "utf8"));
    } catch {
      return null;
    }
  };
  // Shallow pages first (/id, /en before /embed/en/trend): the ones most read are ready soonest.
  const depth = (r) => r.split("/").length;
  const prerendered = Object.keys(read("prerender-manifest.json")?.routes ?? {})
    .filter((r) => !r.startsWith("/_"))
    .sort((a, b) => depth(a) - depth(b));
  urls.push(...prerendered);
  const rewrites = read("routes-manifest.json")?.rewrites;
  const list = Array.isArray(rewrites) ? rewrites : [...(rewrites?.beforeFiles ?? []), ...(rewrites?.afterFiles ?? []), ...(rewrites?.fallback ?? [])];
  for (const rule of list) urls.push(...rewriteSources(rule, prerendered));
  const staticDir = path.join(distDir, "static");
  const walk = (dir) => {
    let entries = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(js|mjs|css|json|svg|txt|map|html|xml|csv)$/.test(e.name)) urls.push(`/_next/static/${path.relative(staticDir, full).split(path.sep).join("/")}`);
    }
  };
  walk(staticDir);
  return [...new Set(urls)];
}

/** The request URLs a query rewrite serves from prerendered routes: its source with the query it requires. */
export function rewriteSources(rule, prerendered) {
  const has = rule.has ?? [];
  if (!has.length || has.some((c) => c.type !== "query" || typeof c.value !== "string" || !/^[\w.~-]+$/.test(c.value))) return [];
  const names = [];
  const pattern = String(rule.destination ?? "")
    .split("/")
    .map((segment) => {
      const m = /^:(\w+)(\([^)]*\))?$/.exec(segment);
      if (!m) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(m[1]);
      return "([^/]+)";
    })
    .join("/");
  if (pattern.includes("?") && !pattern.includes("\\?")) return [];
  const destination = new RegExp(`^${pattern}$`);
  const source = rule.regex ? new RegExp(rule.regex) : null;
  const query = has.map((c) => `${encodeURIComponent(c.key)}=${encodeURIComponent(c.value)}`).join("&");
  const out = [];
  for (const route of prerendered) {
    const m = destination.exec(route);
    if (!m) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1]]));
    const from = String(rule.source).replace(/:(\w+)(\([^)]*\))?/g, (_, n) => params[n] ?? `:${n}`);
    if (from.includes(":") || (source && !source.test(from))) continue;
    out.push(`${from}?${query}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The layer

/**
 * @param {object} options
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} options.handle Next's request handler
 * @param {string} [options.distDir] the build (.next), for its build id, warm list and compressed store
 * @param {() => string | null} [options.buildId] the current build's identity (default: buildIdentity(distDir)); null: no build, nothing cached
 * @param {number} [options.maxEntries] URLs kept (LRU)
 * @param {number} [options.maxBytes] bytes kept: identity, brotli and gzip bodies together (LRU)
 * @param {number} [options.maxEntryBytes] the largest answer kept (default a quarter of maxBytes); larger ones are Next's
 * @param {string | null} [options.store] folder of compressed bodies named by the SHA-256 of the identity bytes, so a restart does not compress again (default distDir/precompressed; null: none)
 * @param {number} [options.waitMs] how long a request waits for the fill of its URL that is under way
 * @param {(msg: string) => void} [options.log]
 */
/**
 * Brotli's best (11) for readers. The e2e server asks for 5 (PRECOMPRESS_BROTLI_QUALITY): a tenth of
 * the CPU, which two cores otherwise spend during the tests' first minute; the bytes decode the same.
 */
const BROTLI_QUALITY = Math.min(11, Math.max(0, Number(process.env.PRECOMPRESS_BROTLI_QUALITY ?? 11) || 11));

export function createPrecompressed(options) {
  const { handle, distDir = ".next", maxEntries = 300, maxBytes = 64 * 2 ** 20, waitMs = 15_000, log = () => {} } = options;
  const buildId = options.buildId ?? buildIdentity(distDir);
  const store = options.store === undefined ? path.join(distDir, "precompressed") : options.store;
  const maxEntryBytes = options.maxEntryBytes ?? Math.floor(maxBytes / 4);
  /** @type {Map<string, any>} URL → served entry; Map order is the LRU order. */
  const entries = new Map();
  /** URL → why Next answers it (not cacheable, not found…), so it is not asked twice; kept apart, so a flood of them evicts no page. */
  const passes = new Map();
  const maxPasses = 1000;
  /** SHA-256 of identity bytes → { identity, br, gzip, bytes, refs }: one copy per distinct body. */
  const bodies = new Map();
  /** SHA-256 → promise of the compressed bodies, while compressing. */
  const compressing = new Map();
  /** URL → { promise, resolve, generation } for fills queued or under way. */
  const pending = new Map();
  const queue = [];
  let running = 0;
  let bytes = 0;
  let generation = 0;
  let currentId = null;
  let origin = null;
  const counts = { hits: 0, notModified: 0, misses: 0, passes: 0, fills: 0, stored: 0, dropped: 0 };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });

  /** Drops everything when the build on disk is not the one the cache holds. */
  function check() {
    const id = buildId();
    if (id === currentId) return id;
    if (currentId !== null || entries.size) {
      log(`precompressed: the build changed (${currentId ?? "none"} → ${id ?? "none"}); dropped ${entries.size} cached URLs`);
      counts.dropped += entries.size;
    }
    entries.clear();
    passes.clear();
    bodies.clear();
    compressing.clear();
    bytes = 0;
    generation++;
    currentId = id;
    return id;
  }

  function touch(key, entry) {
    entries.delete(key);
    entries.set(key, entry);
  }

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
    if (entry.body && --entry.body.refs === 0) {
      bodies.delete(entry.body.hash);
      bytes -= entry.body.bytes;
    }
  }

  function put(key, entry) {
    remove(key);
    if (entry.body) {
      if (entry.body.refs++ === 0) {
        bodies.set(entry.body.hash, entry.body);
        bytes += entry.body.bytes;
      }
    }
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [k] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      if (k !== key) remove(k);
    }
  }

  /** The three bodies of one identity body: from memory, from the store, or compressed now (once per body). */
  async function compressed(identity, hash, type) {
    const known = bodies.get(hash);
    if (known) return known;
    if (compressing.has(hash)) return compressing.get(hash);
    const job = (async () => {
      let br = null;
      let gzip = null;
      if (store) {
        try {
          const b = readFileSync(path.join(store, `${hash}.q${BROTLI_QUALITY}.br`));
          const g = readFileSync(path.join(store, `${hash}.q${BROTLI_QUALITY}.gz`));
          // Decoded once more on load: a stored body is used only if it is exactly these bytes.
          if (zlib.brotliDecompressSync(b).equals(identity) && zlib.gunzipSync(g).equals(identity)) [br, gzip] = [b, g];
        } catch {
          // not stored yet
        }
      }
      if (!br || !gzip) {
        const text = /^(text\/|application\/(json|javascript|ecmascript|x-javascript)|image\/svg)/i.test(type);
        [br, gzip] = await Promise.all([
          brotliCompress(identity, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
              [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
            },
          }),
          gzipCompress(identity, { level: 9 }),
        ]);
        if (store) {
          try {
            mkdirSync(store, { recursive: true });
            for (const [ext, data] of [["br", br], ["gz", gzip]]) {
              const tmp = path.join(store, `.${hash}.q${BROTLI_QUALITY}.${ext}.${process.pid}`);
              writeFileSync(tmp, data);
              renameSync(tmp, path.join(store, `${hash}.q${BROTLI_QUALITY}.${ext}`));
            }
          } catch (err) {
            log(`precompressed: could not write to ${store}: ${err.message}`);
          }
        }
      }
      const body = { hash, identity, refs: 0, bytes: identity.length };
      // An encoding that is not smaller than the identity is not offered.
      if (br.length < identity.length) [body.br, body.bytes] = [br, body.bytes + br.length];
      if (gzip.length < identity.length) [body.gzip, body.bytes] = [gzip, body.bytes + gzip.length];
      return body;
    })();
    compressing.set(hash, job);
    try {
      return await job;
    } finally {
      compressing.delete(hash);
    }
  }

  /** Next's uncompressed answer to a GET of `url`, asked over loopback. */
  function ask(url) {
    return new Promise((resolve, reject) => {
      const request = http.get(
        { ...origin, path: url, agent, headers: { host: origin.hostHeader, "accept-encoding": "identity", [FILL_HEADER]: "1" } },
        (response) => {
          const chunks = [];
          let size = 0;
          response.on("data", (chunk) => {
            size += chunk.length;
            if (size > maxEntryBytes) response.destroy(new Error(`more than ${maxEntryBytes} bytes`));
            else chunks.push(chunk);
          });
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) }));
          response.on("error", reject);
        },
      );
      request.setTimeout(30_000, () => request.destroy(new Error("no answer in 30 s")));
      request.on("error", reject);
    });
  }

  /** Builds a served entry from Next's answer. */
  function entryFrom(answer, body) {
    const base = [];
    let nextEtag = null;
    let lastModified = null;
    for (let i = 0; i < answer.rawHeaders.length; i += 2) {
      const name = answer.rawHeaders[i];
      const value = answer.rawHeaders[i + 1];
      const lower = name.toLowerCase();
      if (lower === "etag") nextEtag = value;
      if (lower === "last-modified") lastModified = Date.parse(value);
      if (!OWN.has(lower)) base.push(name, value);
    }
    // Next sends an ETag with every answer this layer keeps (pages, static files, the API); for one
    // that has none, a strong ETag of the bytes, so that revalidation works the same.
    const etag = nextEtag ?? `"${body.hash.slice(0, 27)}"`;
    const vary = mergeVary(answer.headers.vary);
    const variants = {};
    for (const coding of ["identity", ...CODINGS]) {
      const data = body[coding];
      if (!data) continue;
      const tag = variantEtag(etag, coding);
      // Byte ranges belong to the identity bytes (ranged requests go to Next).
      const own = [];
      for (let i = 0; i < base.length; i += 2) if (coding === "identity" || base[i].toLowerCase() !== "accept-ranges") own.push(base[i], base[i + 1]);
      const head304 = [...own, "Vary", vary, "ETag", tag];
      const head200 = [...head304, ...(coding === "identity" ? [] : ["Content-Encoding", coding]), "Content-Length", String(data.length)];
      variants[coding] = { etag: tag, data, head200, head304 };
    }
    const headerBytes = base.reduce((n, s) => n + s.length, 0) * 3 + 256;
    return { body, variants, codings: CODINGS.filter((c) => variants[c]), lastModified, bytes: headerBytes };
  }

  /** Asks Next for a URL and keeps the answer (or a note to pass the URL through). */
  async function fill(url, gen) {
    counts.fills++;
    let answer;
    try {
      answer = await ask(url);
    } catch (err) {
      log(`precompressed: ${url}: ${err.message}`);
      return;
    }
    if (gen !== generation) return;
    const why = unstorable(answer.status, answer.headers, answer.body, maxEntryBytes);
    if (why) {
      // Errors may pass (a page that failed once is asked again in a minute); the rest is Next's until the next build.
      remove(url);
      passes.delete(url);
      passes.set(url, { why, until: answer.status >= 500 || answer.status === 404 ? Date.now() + 60_000 : Infinity });
      if (passes.size > maxPasses) passes.delete(passes.keys().next().value);
      return;
    }
    const hash = createHash("sha256").update(answer.body).digest("hex");
    const body = await compressed(answer.body, hash, String(answer.headers["content-type"]));
    if (gen !== generation) return;
    passes.delete(url);
    put(url, entryFrom(answer, body));
    counts.stored++;
  }

  function pump() {
    while (running < 1 && queue.length) {
      const url = queue.shift();
      const job = pending.get(url);
      if (!job) continue;
      job.running = true;
      running++;
      fill(url, job.generation)
        .catch((err) => log(`precompressed: ${url}: ${err.message}`))
        .finally(() => {
          running--;
          pending.delete(url);
          job.resolve();
          pump();
        });
    }
  }

  /** Queues a fill of `url` (once). Returns when it is done. */
  function schedule(url) {
    let job = pending.get(url);
    if (!job) {
      if (!origin) return Promise.resolve();
      // A flood of new URLs is not worth a queue of fills: they go to Next, and are asked again later.
      if (queue.length >= 1000) return Promise.resolve();
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      job = { promise, resolve, generation, running: false };
      pending.set(url, job);
      queue.push(url);
    }
    pump();
    return job.promise;
  }

  /** Accept-Encoding values seen → the coding chosen, per set of codings on offer (browsers send a handful of values). */
  const chosen = new Map();
  function choose(header, codings) {
    const key = `${codings.join(",")}|${header === undefined ? "\0" : header}`;
    let coding = chosen.get(key);
    if (coding === undefined) {
      coding = negotiate(header, codings);
      if (chosen.size >= 256) chosen.clear();
      chosen.set(key, coding);
    }
    return coding;
  }

  function send(req, res, entry) {
    const v = entry.variants[choose(req.headers["accept-encoding"], entry.codings)];
    const inm = req.headers["if-none-match"];
    const ims = req.headers["if-modified-since"];
    let valid = null;
    if (inm !== undefined) {
      // The ETag of the encoding chosen; or Next's own, which Next gives its gzip answers as well as
      // the identity: a copy got from Next before this cache held the URL decodes to these same bytes,
      // so it stays valid. That 304 carries Next's ETag and no Content-Encoding, leaving the copy as it is.
      if (noneMatch(inm, v.etag)) valid = v;
      else if (noneMatch(inm, entry.variants.identity.etag)) valid = entry.variants.identity;
    } else if (ims !== undefined && entry.lastModified !== null && entry.lastModified <= Date.parse(ims)) valid = v;
    if (valid) {
      counts.notModified++;
      res.writeHead(304, valid.head304);
      res.end();
      return;
    }
    counts.hits++;
    res.writeHead(200, v.head200);
    res.end(req.method === "HEAD" ? undefined : v.data);
  }

  /** Answers from memory when it can, else hands the request to Next (and learns the URL for next time). */
  async function serve(req, res) {
    if (!eligible(req) || check() === null) return handle(req, res);
    const url = req.url;
    const entry = entries.get(url);
    if (entry) {
      touch(url, entry);
      return send(req, res, entry);
    }
    const pass = passes.get(url);
    if (pass && pass.until > Date.now()) {
      counts.passes++;
      return handle(req, res);
    }
    counts.misses++;
    const job = pending.get(url);
    if (job?.running) {
      // Being compressed right now: wait for it (a second or two) rather than have Next gzip it again.
      // Only queued (at start, say): Next answers as it always did, and the queue keeps its order.
      let timer;
      await Promise.race([job.promise, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
      clearTimeout(timer);
      if (check() !== null) {
        const filled = entries.get(url);
        if (filled) return send(req, res, filled);
      }
    } else if (!job) {
      schedule(url);
    }
    return handle(req, res);
  }

  return {
    serve,
    /** Starts filling: `address` is where this server listens (server.address()). */
    listening(address) {
      const host = address.address === "::" || address.address === "0.0.0.0" ? (address.family === "IPv6" ? "::1" : "127.0.0.1") : address.address;
      origin = { host, port: address.port, family: address.family === "IPv6" ? 6 : 4, hostHeader: `${host.includes(":") ? `[${host}]` : host}:${address.port}` };
      check();
    },
    /** Fills the URLs given (default: warmUrls(distDir)); resolves when all are done. */
    async warm(urls = warmUrls(distDir)) {
      check();
      const started = Date.now();
      await Promise.all(urls.map((u) => schedule(u)));
      const served = [...entries.values()];
      const sum = (k) => [...bodies.values()].reduce((n, b) => n + (b[k]?.length ?? 0), 0);
      const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
      log(`precompressed ${served.length} of ${urls.length} URLs in ${((Date.now() - started) / 1000).toFixed(1)} s: ${mb(sum("identity"))} → brotli ${mb(sum("br"))}, gzip ${mb(sum("gzip"))}`);
      return served.length;
    },
    stats: () => ({ ...counts, entries: entries.size, passing: passes.size, bodies: bodies.size, bytes, queued: queue.length }),
    /** What the layer knows of a URL: its entry, the reason Next answers it, or nothing. */
    entry: (url) => entries.get(url) ?? passes.get(url),
    close: () => agent.destroy(),
  };
}
