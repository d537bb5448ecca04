// npm run bench: builds the production app, starts it on loopback, measures it against the targets
// of BENCHMARKS.md (each a ratio against a reference measured in the same run), stops everything it
// started and rewrites BENCHMARKS.md.
//   npm run bench -- --no-build        reuse the existing .next build
//   npm run bench -- --quick           1 Lighthouse run, 3 s loads, no doubled-data build (a smoke test)
//   npm run bench -- --report-only     rewrite BENCHMARKS.md from bench-results.json
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { measureHtml, measureServed } from "../measure-html.mjs";
import { measureJs } from "../measure-js.mjs";
import { doubledHtml } from "./doubled.mjs";
import { lighthouse } from "./lighthouse.mjs";
import { HOST, record, recordRaw, rssMiB, startBare, startNext, stop } from "./servers.mjs";
import { toggleLatency } from "./toggle.mjs";
import { writeReport } from "./report.mjs";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const PORT = 3210;
const BARE_PORT = 3211;
const DOUBLED_PORT = 3212;
const base = `http://${HOST}:${PORT}`;
const started = [];
const cleanup = () => started.forEach(stop);
process.on("exit", cleanup);
process.on("SIGINT", () => process.exit(130));

/** What an economist typically asks: the five-country totals, and the article's figure in rupiah. */
export const API_QUERIES = ["/api/trade?partner=CA5&flow=total", "/api/trade?currency=IDR&partner=CA5&flow=total&from=2024&to=2024"];

function log(...xs) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...xs);
}

/** What a browser asks for; the answers the load measures are brotli. */
const BROWSER_ENCODING = { "accept-encoding": "br, gzip" };
/** The pages whose HTML bytes the report gives, as served in each encoding. */
const HTML_PAGES = ["/id", "/en", "/id/sources", "/en/check/coverage"];

async function cannon(url, connections, seconds, headers = {}) {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1, headers });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, requests: r.requests.total };
}

async function headersOf(url) {
  const res = await fetch(url, { method: "GET", headers: BROWSER_ENCODING });
  await res.arrayBuffer();
  return Object.fromEntries(["cache-control", "etag", "vary", "content-encoding"].map((h) => [h, res.headers.get(h)]));
}

async function main() {
  if (args.has("--report-only")) {
    writeReport(JSON.parse(readFileSync("bench-results.json", "utf8")), "BENCHMARKS.md");
    return;
  }
  if (!args.has("--no-build")) {
    log("building");
    const b = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (b.status !== 0) throw new Error("build failed");
  }
  const next = await startNext(PORT);
  started.push(next);
  const results = { date: new Date().toISOString().slice(0, 10), machine: `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`, quick };

  log("HTML and JavaScript");
  results.html = { id: await measureHtml(`${base}/id`), en: await measureHtml(`${base}/en`), plain: await measureHtml(`${base}/id/sources`) };
  results.js = { id: await measureJs(`${base}/id`), plain: await measureJs(`${base}/id/sources`) };
  results.served = {};
  for (const page of HTML_PAGES) results.served[page] = await measureServed(`${base}${page}`);
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await fetch(`${base}/id`)).text())?.[1];
  results.headers = {
    "/id": await headersOf(`${base}/id`),
    [API_QUERIES[0]]: await headersOf(`${base}${API_QUERIES[0]}`),
    "/api/dataset": await headersOf(`${base}/api/dataset`),
    "/_next/static/…": chunk ? await headersOf(`${base}${chunk}`) : {},
  };

  log("toggle latency");
  results.toggle = await toggleLatency(`${base}/id`, 20);

  log("Lighthouse, mobile: the plain page, /id and /en, interleaved");
  // Five, not three: on this shared machine one page's score moves by ±0.05 between runs.
  const runs = quick ? 1 : 5;
  const pages = ["/id/sources", "/id", "/en"];
  const lh = Object.fromEntries(pages.map((p) => [p, []]));
  for (let i = 0; i < runs; i++) for (const p of pages) lh[p].push(await lighthouse(`${base}${p}`, "mobile", 1));
  results.lighthouse = Object.fromEntries(pages.map((p) => [p, mergeRuns(lh[p])]));

  log("throughput against a bare node:http server replaying the same bytes");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-"));
  results.throughput = {};
  const seconds = quick ? 3 : 10;
  for (const [i, route] of API_QUERIES.entries()) {
    const file = path.join(dir, `${i}.json`);
    writeFileSync(file, JSON.stringify(await record(`${base}${route}`)));
    const app = await cannon(`${base}${route}`, 50, seconds);
    const bare = await startBare(BARE_PORT, file);
    const ref = await cannon(`http://${HOST}:${BARE_PORT}${route}`, 50, seconds);
    stop(bare);
    await new Promise((r) => setTimeout(r, 300));
    results.throughput[route] = { app, bare: ref, ratio: app.rps / ref.rps };
    log(`  ${route}: ${app.rps.toFixed(0)} req/s vs ${ref.rps.toFixed(0)} (${(app.rps / ref.rps).toFixed(3)}×), p99 ${app.p99} ms`);
  }

  log("load: /id, 100 connections, Accept-Encoding: br, gzip, turn about with a bare node:http server replaying the same bytes");
  results.load = { rssBefore: rssMiB(next.pid) };
  // Turn about, in rounds, so that both see the same machine: on a shared one the load from elsewhere
  // moves within a minute, and one 20 s stretch each compared different machines.
  const rounds = quick ? 1 : 4;
  const loadSeconds = quick ? 3 : 20;
  const idFile = path.join(dir, "id.json");
  const recorded = await recordRaw(`${base}/id`, BROWSER_ENCODING);
  writeFileSync(idFile, JSON.stringify(recorded));
  results.load.encoding = recorded.headers["content-encoding"] ?? "identity";
  results.load.bytes = Buffer.from(recorded.body, "base64").length;
  const bareId = await startBare(BARE_PORT, idFile);
  started.push(bareId);
  const appRounds = [];
  const bareRounds = [];
  for (let i = 0; i < rounds; i++) {
    appRounds.push(await cannon(`${base}/id`, 100, loadSeconds / rounds, BROWSER_ENCODING));
    bareRounds.push(await cannon(`http://${HOST}:${BARE_PORT}/id`, 100, loadSeconds / rounds, BROWSER_ENCODING));
  }
  results.load.id = combine(appRounds);
  results.load.bare = combine(bareRounds);
  results.load.rounds = { app: appRounds, bare: bareRounds };
  results.load.rssAfter = rssMiB(next.pid);
  results.load.seconds = loadSeconds;
  results.load.ratio = results.load.id.rps / results.load.bare.rps;
  cleanup();
  const l = results.load;
  log(`  /id ${l.id.rps.toFixed(0)} req/s, p99 ${l.id.p99} ms; bare ${l.bare.rps.toFixed(0)} req/s, p99 ${l.bare.p99} ms (${l.ratio.toFixed(2)}×); ${l.bytes} bytes of ${l.encoding}; rounds ${appRounds.map((a, i) => `${Math.round(a.rps)}/${Math.round(bareRounds[i].rps)}`).join(", ")}`);

  const file = quick ? "BENCHMARKS.quick.md" : "BENCHMARKS.md";
  const json = quick ? "bench-results.quick.json" : "bench-results.json";
  // Written before the doubled-data build as well, so that a failure there loses no measurement.
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  if (!quick) {
    log("growth with data: a build with every observation doubled");
    results.doubled = await doubledHtml(DOUBLED_PORT, log);
  }

  writeReport(results, file);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${file}`);
}

/** Rounds of one load as one: requests and errors added up, the rate over all rounds, the worst round's p99. */
function combine(list) {
  const sum = (k) => list.reduce((n, r) => n + r[k], 0);
  return { rps: sum("rps") / list.length, p99: Math.max(...list.map((r) => r.p99)), errors: sum("errors"), timeouts: sum("timeouts"), non2xx: sum("non2xx"), requests: sum("requests") };
}

/** Single Lighthouse runs of one page, summarised by the median of each figure. */
function mergeRuns(list) {
  const all = list.flatMap((r) => r.all);
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const keys = Object.keys(all[0] ?? {}).filter((k) => k !== "failing");
  return { runs: all.length, median: Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))])), all, failing: [...new Set(all.flatMap((r) => r.failing))] };
}

main().catch((err) => {
  console.error(err);
  cleanup();
  process.exit(1);
});
