// The size of a page's HTML as a server sends it, and how much of it is the RSC payload:
//   node scripts/measure-html.mjs http://localhost:3000/id
import http from "node:http";
import { gzipSync } from "node:zlib";

export async function measureHtml(url) {
  const res = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  const html = Buffer.from(await res.arrayBuffer());
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

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) {
    const r = await measureHtml(url);
    console.log(`${url}: ${(r.bytes / 1024).toFixed(1)} KB (${(r.gzipped / 1024).toFixed(1)} KB gzipped), of which RSC payload ${(r.rsc / 1024).toFixed(1)} KB`);
  }
}
