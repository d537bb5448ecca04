import { existsSync, readFileSync, writeFileSync } from "node:fs";

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${Math.round(x)} ms`;
const score = (x) => x.toFixed(2);
const yes = (ok) => (ok ? "met" : "**not met**");

/**
 * BENCHMARKS.md: one row per figure with its target, the reference measured in the same run beside
 * it, whether it is met and how it was measured.
 */
export function writeReport(r, file) {
  const rows = [];
  const add = (figure, value, reference, target, ok, command) => rows.push({ figure, value, reference, target, ok, command });
  const lhCmd = `Lighthouse 12.8.2 mobile, Debian Chromium, median of ${r.lighthouse["/id"].runs}, interleaved with the plain page`;
  const plain = r.lighthouse["/id/sources"].median;
  for (const page of ["/id", "/en"]) {
    const m = r.lighthouse[page].median;
    add(`Lighthouse performance, mobile ${page}`, score(m.performance), `plain page ${score(plain.performance)}`, "≥ plain − 0.02", m.performance >= plain.performance - 0.02, lhCmd);
    add(`TBT, mobile ${page}`, ms(m.tbt), `plain page ${ms(plain.tbt)} (${(m.tbt / Math.max(plain.tbt, 1)).toFixed(2)} ×)`, "≤ 1.3 × plain", m.tbt <= 1.3 * plain.tbt, lhCmd);
    add(`CLS, mobile ${page}`, m.cls.toFixed(3), `plain page ${plain.cls.toFixed(3)}`, "≤ 0.01", m.cls <= 0.01, lhCmd);
    add(`LCP, mobile ${page}`, `${(m.lcp / 1000).toFixed(2)} s`, `plain page ${(plain.lcp / 1000).toFixed(2)} s`, "(reported)", true, lhCmd);
    add(`accessibility / best practices / SEO, mobile ${page}`, `${score(m.accessibility)} / ${score(m.bestPractices)} / ${score(m.seo)}`, "", "(reported)", true, lhCmd);
  }
  const hCmd = "scripts/measure-html.mjs (no compression; gzip level 6)";
  const id = r.html.id;
  add("`/id` HTML", `${kb(id.bytes)}, ${kb(id.gzipped)} gzipped (RSC payload ${kb(id.rsc)})`, `plain page ${kb(r.html.plain.bytes)}, ${kb(r.html.plain.gzipped)} gzipped`, `≤ 1.15 × plain gzipped (${(id.gzipped / r.html.plain.gzipped).toFixed(2)} ×)`, id.gzipped <= 1.15 * r.html.plain.gzipped, hCmd);
  if (r.doubled) {
    const growth = r.doubled.html.bytes / id.bytes - 1;
    add("growth with data: `/id` HTML with every observation doubled", `${kb(r.doubled.html.bytes)} with ${r.doubled.after} observations (+${(growth * 100).toFixed(1)}%)`, `${kb(id.bytes)} with ${r.doubled.before}`, "≤ +10%", growth <= 0.1, "scripts/bench/doubled.mjs (a synthetic copy in .bench/, built and served there)");
  }
  const before = r.js.id.beforePaint / r.js.plain.beforePaint;
  add("compressed JavaScript before the headline paints, /id", `${kb(r.js.id.beforePaint)} (${before.toFixed(2)} ×)`, `plain page ${kb(r.js.plain.beforePaint)}`, "≤ 1.1 × plain", before <= 1.1, "scripts/measure-js.mjs (the HTML's own script tags, bytes as Chromium receives them: brotli)");
  add("compressed JavaScript once every chart has drawn, /id", kb(r.js.id.total), "", "(reported)", true, "scripts/measure-js.mjs");
  add("toggle (currency, rate, unit, scale, range), median / worst", `${ms(r.toggle.median)} / ${ms(r.toggle.worst)}`, "", "≤ 50 ms / ≤ 150 ms", r.toggle.median <= 50 && r.toggle.worst <= 150, "scripts/bench/toggle.mjs (click to the next frame after the page shows the new view; 20 clicks, full record)");
  const l = r.load.id;
  if (r.load.bare) {
    const b = r.load.bare;
    const ok = r.load.ratio >= 0.5 && l.p99 <= 1000 && l.errors === 0 && l.timeouts === 0 && l.non2xx === 0;
    add(
      `\`/id\`, 100 connections × ${r.load.seconds} s, Accept-Encoding: br, gzip`,
      `${l.requests} requests, ${Math.round(l.rps)} req/s (${r.load.ratio.toFixed(2)} ×), p99 ${l.p99} ms, ${l.errors} errors, ${l.timeouts} timeouts (${kb(r.load.bytes)} of ${r.load.encoding} each)`,
      `bare node:http ${Math.round(b.rps)} req/s, p99 ${b.p99} ms, ${b.errors + b.timeouts} errors`,
      "≥ 0.5 × bare, p99 ≤ 1 s, 0 errors",
      ok,
      `autocannon, loopback; a bare server replays the same bytes and headers from memory, same run, the two taking turns (${r.load.rounds?.app?.length ?? 1} rounds each; rate over all rounds, p99 of the worst)`,
    );
  } else {
    add(`\`/id\`, 100 connections × ${r.load.seconds} s, no compression`, `${l.requests} requests, ${Math.round(l.rps)} req/s, p99 ${l.p99} ms, ${l.errors} errors, ${l.timeouts} timeouts`, "", "0 errors, 0 timeouts", l.errors === 0 && l.timeouts === 0 && l.non2xx === 0, "autocannon, loopback");
  }
  for (const [page, x] of Object.entries(r.served ?? {})) {
    add(`\`${page}\` HTML as served`, `${kb(x.raw)} raw, ${kb(x.gzip)} gzip, ${kb(x.br)} brotli`, "", "(reported)", true, "scripts/measure-html.mjs measureServed (bytes on the wire per Accept-Encoding)");
  }
  for (const [route, t] of Object.entries(r.throughput)) {
    const ok = t.ratio >= 0.1 && t.app.p99 <= 50 && t.app.errors === 0 && t.app.timeouts === 0 && t.app.non2xx === 0;
    add(`\`${route}\``, `${Math.round(t.app.rps)} req/s (${t.ratio.toFixed(3)} ×), p99 ${t.app.p99} ms, ${t.app.errors + t.app.timeouts} errors`, `bare node:http ${Math.round(t.bare.rps)} req/s, p99 ${t.bare.p99} ms`, "≥ 0.1 × bare, p99 ≤ 50 ms, 0 errors", ok, "autocannon, 50 connections, 10 s; the bare server replays the same bytes, same run");
  }
  const rss = r.load.rssAfter / r.load.rssBefore;
  add("server memory (RSS) after the load", `${r.load.rssAfter.toFixed(0)} MiB (${rss.toFixed(2)} ×)`, `before ${r.load.rssBefore.toFixed(0)} MiB`, "≤ 1.5 × before", rss <= 1.5, "/proc/PID/status VmRSS of the server");

  const failing = Object.entries(r.lighthouse).flatMap(([k, x]) => (x.failing.length ? [`- ${k}: ${x.failing.join(", ")}`] : []));
  const headerRows = Object.entries(r.headers ?? {}).map(([u, h]) => `| \`${u}\` | ${h["cache-control"] ?? "—"} | ${h.etag ? "yes" : "—"} | ${h.vary ?? "—"} | ${h["content-encoding"] ?? "—"} |`);
  const text = `# Benchmarks

Written by \`npm run bench\` on ${r.date}; machine: ${r.machine}.${r.quick ? " **Quick run: 1 Lighthouse run, 3 s loads; not for comparison.**" : ""}
Every figure is measured on loopback against the production build (\`next build\`, served by \`scripts/serve.mjs\`) with the
whole 1992–2025 record loaded. Each target is a ratio against a reference measured in the same run: the
app's own plain server page (\`/id/sources\`, a list of sources with no client code of its own) or a bare
\`node:http\` server replaying the same bytes.

| figure | value | reference (same run) | target | status | measured by |
|---|---|---|---|---|---|
${rows.map((x) => `| ${x.figure} | ${x.value} | ${x.reference} | ${x.target} | ${x.target.startsWith("(") ? "" : yes(x.ok)} | ${x.command} |`).join("\n")}

Lighthouse audits below 1 in accessibility, best practices or SEO (any run):
${failing.length ? failing.join("\n") : "- none"}

Toggle latency per toggle (ms): ${Object.entries(r.toggle.by ?? {}).map(([k, v]) => `${k} ${v.join(", ")}`).join("; ")}

Response headers as served (\`scripts/serve.mjs\`, asked with \`Accept-Encoding: br, gzip\`):

| URL | Cache-Control | ETag | Vary | Content-Encoding |
|---|---|---|---|---|
${headerRows.join("\n")}

${existsSync("docs/benchmark-notes.md") ? readFileSync("docs/benchmark-notes.md", "utf8") : ""}`;
  writeFileSync(file, text);
}
