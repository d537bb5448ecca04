// The size of a page's HTML as a server sends it, and how much of it is the RSC payload:
//   node scripts/measure-html.mjs http://localhost:3000/id
// With --sections, also each top-level part of <main>: its markup, and the payload that renders it
// (of which provenance objects), for finding what a page sends twice.
import http from "node:http";
import { gzipSync } from "node:zlib";
import { flightRows, flightText, markupSections, payloadSections } from "./html-weight.mjs";

async function fetchHtml(url) {
  const res = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  return Buffer.from(await res.arrayBuffer());
}

export async function measureHtml(url) {
  const html = await fetchHtml(url);
  const text = html.toString("utf8");
  const rsc = [...text.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
  return { bytes: html.length, gzipped: gzipSync(html, { level: 6 }).length, rsc };
}

/** Bytes on the wire for one URL as the server sends it: without compression, in gzip and in brotli. */
export async function measureServed(url) {
  const size = (encoding) =>
    new Promise((resolve, reject) => {
      const req = http.get(url, { headers: { "accept-encoding": encoding }, agent: false }, (res) => {
        let n = 0;
        res.on("data", (c) => (n += c.length));
        res.on("end", () => resolve({ bytes: n, encoding: res.headers["content-encoding"] ?? "identity" }));
        res.on("error", reject);
      });
      req.on("error", reject);
    });
  const [raw, gzip, br] = [await size("identity"), await size("gzip"), await size("br")];
  return { raw: raw.bytes, gzip: gzip.bytes, br: br.bytes, encodings: [raw.encoding, gzip.encoding, br.encoding] };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** One line per part of <main>, by position: the markup and payload sections line up where both have as many parts. */
function printSections(text) {
  const markup = markupSections(text);
  const payload = payloadSections(flightRows(flightText(text)));
  const parts = Math.max(markup.length, ...[...payload.keys()].filter((k) => typeof k === "number").map((k) => k + 1));
  // The payload as React reads it; the scripts that carry it weigh more, escaped as JavaScript strings.
  console.log(`  ${"part of <main>".padEnd(28)} ${"markup".padStart(9)} ${"payload".padStart(9)} ${"provenance".padStart(11)}  (payload decoded)`);
  for (let n = 0; n < parts; n++) {
    const p = payload.get(n) ?? { bytes: 0, provenance: 0 };
    console.log(`  ${(markup[n]?.name ?? `(part ${n})`).slice(0, 28).padEnd(28)} ${kb(markup[n]?.bytes ?? 0).padStart(9)} ${kb(p.bytes).padStart(9)} ${kb(p.provenance).padStart(11)}`);
  }
  const outside = payload.get("outside") ?? { bytes: 0, provenance: 0 };
  console.log(`  ${"(outside <main>)".padEnd(28)} ${"".padStart(9)} ${kb(outside.bytes).padStart(9)} ${kb(outside.provenance).padStart(11)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sections = process.argv.includes("--sections");
  for (const url of process.argv.slice(2).filter((a) => !a.startsWith("--"))) {
    const r = await measureHtml(url);
    console.log(`${url}: ${(r.bytes / 1024).toFixed(1)} KB (${(r.gzipped / 1024).toFixed(1)} KB gzipped), of which RSC payload ${(r.rsc / 1024).toFixed(1)} KB`);
    if (sections) printSections((await fetchHtml(url)).toString("utf8"));
  }
}
