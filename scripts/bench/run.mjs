// npm run bench: builds the production app, starts it on loopback, measures it against the targets
// of BENCHMARKS.md, stops everything it started and rewrites BENCHMARKS.md.
//   npm run bench -- --no-build        reuse the existing .next build
//   npm run bench -- --quick           1 Lighthouse run and 3 s loads (a smoke test, not for the table)
//   npm run bench -- --report-only     rewrite BENCHMARKS.md from bench-results.json
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { measureJs } from "../measure-js.mjs";
import { lighthouse } from "./lighthouse.mjs";
import { HOST, record, rssMiB, startBare, startNext, stop } from "./servers.mjs";
import { toggleLatency } from "./toggle.mjs";
import { writeReport } from "./report.mjs";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const PORT = 3210;
const BARE_PORT = 3211;
const base = `http://${HOST}:${PORT}`;
const started = [];
const cleanup = () => started.forEach(stop);
process.on("exit", cleanup);
process.on("SIGINT", () => process.exit(130));

function log(...xs) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...xs);
}

async function cannon(url, connections, seconds) {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, requests: r.requests.total };
}

async function main() {
  if (args.has("--report-only")) {
    // Rewrites BENCHMARKS.md from the last run's bench-results.json (e.g. after editing the notes).
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

  log("JavaScript shipped");
  results.js = { id: await measureJs(`${base}/id`), plain: await measureJs(`${base}/id/sources`) };

  log("toggle latency");
  results.toggle = await toggleLatency(`${base}/id`, 20);

  log("Lighthouse");
  results.lighthouse = {};
  const runs = quick ? 1 : 3;
  for (const page of ["/id", "/en"]) {
    for (const preset of ["mobile", "desktop"]) {
      log(`  ${preset} ${page} ×${runs}`);
      results.lighthouse[`${preset} ${page}`] = await lighthouse(`${base}${page}`, preset, runs);
    }
  }

  log("throughput against a bare node:http server");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-"));
  results.throughput = {};
  const seconds = quick ? 3 : 10;
  for (const route of ["/api/trade", "/api/trade?currency=IDR", "/id"]) {
    const file = path.join(dir, `${results.throughput ? Object.keys(results.throughput).length : 0}.json`);
    writeFileSync(file, JSON.stringify(await record(`${base}${route}`)));
    const app = await cannon(`${base}${route}`, 50, seconds);
    const bare = await startBare(BARE_PORT, file);
    const ref = await cannon(`http://${HOST}:${BARE_PORT}${route}`, 50, seconds);
    stop(bare);
    await new Promise((r) => setTimeout(r, 300));
    results.throughput[route] = { app, bare: ref, ratio: app.rps / ref.rps };
    log(`  ${route}: ${app.rps.toFixed(0)} req/s vs ${ref.rps.toFixed(0)} (${(app.rps / ref.rps).toFixed(3)}×), p99 ${app.p99} ms`);
  }

  log("load: 100 connections");
  results.load = { rssBefore: rssMiB(next.pid) };
  const loadSeconds = quick ? 3 : 20;
  results.load.id = await cannon(`${base}/id`, 100, loadSeconds);
  results.load.api = await cannon(`${base}/api/trade?currency=IDR&rate=annual`, 100, loadSeconds);
  results.load.rssAfter = rssMiB(next.pid);
  results.load.seconds = loadSeconds;

  cleanup();
  const file = quick ? "BENCHMARKS.quick.md" : "BENCHMARKS.md";
  writeReport(results, file);
  writeFileSync(quick ? "bench-results.quick.json" : "bench-results.json", `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${file}`);
}

main().catch((err) => {
  console.error(err);
  cleanup();
  process.exit(1);
});
