import { existsSync, readFileSync, writeFileSync } from "node:fs";

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${Math.round(x)} ms`;
const s = (x) => `${(x / 1000).toFixed(2)} s`;
const score = (x) => x.toFixed(2);
const yes = (ok) => (ok ? "met" : "**not met**");

/** BENCHMARKS.md: one row per figure, with its target, the reference, whether it is met and how it was measured. */
export function writeReport(r, file) {
  const rows = [];
  const add = (figure, value, target, ok, reference, command) => rows.push({ figure, value, target, ok, reference, command });
  const lhCmd = "`npm run bench` (scripts/bench/lighthouse.mjs: Lighthouse 12.8.2, Debian Chromium, median of 3)";
  for (const [key, lh] of Object.entries(r.lighthouse)) {
    const m = lh.median;
    const mobile = key.startsWith("mobile");
    if (mobile) add(`Lighthouse performance, ${key}`, score(m.performance), "≥ 0.98", m.performance >= 0.98, "0.80–0.84", lhCmd);
    else add(`Lighthouse performance, ${key}`, score(m.performance), "(no target)", true, "", lhCmd);
    add(`Lighthouse accessibility / best practices / SEO, ${key}`, `${score(m.accessibility)} / ${score(m.bestPractices)} / ${score(m.seo)}`, "1.00 each", m.accessibility === 1 && m.bestPractices === 1 && m.seo === 1, "", lhCmd);
    if (mobile) {
      add(`LCP, ${key}`, s(m.lcp), "≤ 1.2 s", m.lcp <= 1200, "0.7–1.0 s", lhCmd);
      add(`TBT, ${key}`, ms(m.tbt), "≤ 100 ms", m.tbt <= 100, "670–890 ms", lhCmd);
      add(`CLS, ${key}`, m.cls.toFixed(3), "≤ 0.01", m.cls <= 0.01, "0", lhCmd);
    }
    add(`JavaScript transferred (Lighthouse), ${key}`, kb(m.jsBytes), "", true, "270 KB", lhCmd);
  }
  const jsCmd = "`npm run bench` (scripts/measure-js.mjs: gzipped script responses in Chromium)";
  const before = r.js.id.beforePaint / r.js.plain.beforePaint;
  add("gzipped JS before the headline paints, /id (scripts in its HTML)", `${kb(r.js.id.beforePaint)} (${before.toFixed(2)} × the plain page's ${kb(r.js.plain.beforePaint)})`, "≤ 1.3 × the plain text page", before <= 1.3, "", jsCmd);
  add("gzipped JS in total with all charts, /id", kb(r.js.id.total), "≤ 250 KB", r.js.id.total <= 250 * 1024, "270 KB", jsCmd);
  const tCmd = "`npm run bench` (scripts/bench/toggle.mjs: click to the frame where every summary and table shows the new currency, 20 clicks)";
  add("toggle latency, median / worst", `${ms(r.toggle.median)} / ${ms(r.toggle.worst)}`, "≤ 50 ms / ≤ 150 ms", r.toggle.median <= 50 && r.toggle.worst <= 150, "", tCmd);
  const aCmd = "`npm run bench` (autocannon, 50 connections, 10 s, loopback; bare node:http replaying the same bytes, same run)";
  for (const [route, t] of Object.entries(r.throughput)) {
    const api = route.startsWith("/api");
    const target = api ? "≥ 0.25 × bare, p99 ≤ 50 ms, 0 errors" : "≥ 0.1 × bare, 0 errors";
    const ok = api ? t.ratio >= 0.25 && t.app.p99 <= 50 && t.app.errors === 0 && t.app.non2xx === 0 : t.ratio >= 0.1 && t.app.errors === 0 && t.app.non2xx === 0;
    add(
      `throughput ${route}`,
      `${Math.round(t.app.rps)} req/s vs ${Math.round(t.bare.rps)} bare (${t.ratio.toFixed(3)} ×), p99 ${t.app.p99} ms, ${t.app.errors} errors, ${t.app.non2xx} non-2xx`,
      target,
      ok,
      api ? "0.04–0.06 ×" : "about 0.1 ×",
      aCmd,
    );
  }
  const lCmd = `\`npm run bench\` (autocannon, 100 connections, ${r.load.seconds} s each, loopback)`;
  for (const [name, l] of [["/id", r.load.id], ["/api/trade?currency=IDR&rate=annual", r.load.api]]) {
    add(`load ${name}`, `${l.requests} requests, ${Math.round(l.rps)} req/s, p99 ${l.p99} ms, ${l.errors} errors, ${l.non2xx} non-2xx`, "0 errors, 0 non-2xx", l.errors === 0 && l.non2xx === 0, "", lCmd);
  }
  add("server RSS before / after the load", `${r.load.rssBefore.toFixed(0)} MiB / ${r.load.rssAfter.toFixed(0)} MiB`, "(reported)", true, "", lCmd);

  const failing = Object.entries(r.lighthouse).flatMap(([k, lh]) => (lh.failing.length ? [`- ${k}: ${lh.failing.join(", ")}`] : []));
  const text = `# Benchmarks

Written by \`npm run bench\` on ${r.date}; machine: ${r.machine}.${r.quick ? " **Quick run: 1 Lighthouse run, 3 s loads; not for comparison.**" : ""}
Every figure is measured on loopback against the production build (\`next build\`, \`next start\`).
References are the plain Next 16 + Recharts page measured on this kind of machine (../shared/TOOLCHAIN.md).

| figure | value | target | status | reference | measured by |
|---|---|---|---|---|---|
${rows.map((x) => `| ${x.figure} | ${x.value} | ${x.target} | ${x.target && !x.target.startsWith("(") ? yes(x.ok) : ""} | ${x.reference} | ${x.command} |`).join("\n")}

Lighthouse audits below 1 in accessibility, best practices or SEO (any run):
${failing.length ? failing.join("\n") : "- none"}

Toggle latency, every click (ms): ${r.toggle.all.map((x) => Math.round(x)).join(", ")}

${existsSync("docs/benchmark-notes.md") ? readFileSync("docs/benchmark-notes.md", "utf8") : ""}`;
  writeFileSync(file, text);
}
