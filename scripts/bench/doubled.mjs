// The page must not grow with the data: build a copy of the app whose data/ holds every observation
// twice (the copies as alternatives from a synthetic source), serve it, and measure its /id HTML.
// Everything happens in a temporary folder under .bench/ (inside the project, because Turbopack
// compiles nothing outside its workspace root); the project's own data/ is never touched.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { measureHtml } from "../measure-html.mjs";
import { HOST, startNext, stop } from "./servers.mjs";

const COPY = ["app", "lib", "data", "scripts", "proxy.ts", "package.json", "next.config.js", "tsconfig.json", "next-env.d.ts"];
const SYNTHETIC = "bench-synthetic-copy";

export function doubleData(dir) {
  const obsFile = path.join(dir, "data/observations.json");
  const srcFile = path.join(dir, "data/sources.json");
  const { observations } = JSON.parse(readFileSync(obsFile, "utf8"));
  // A source may state a cell once: the k-th figure of a cell is copied under the k-th synthetic source.
  const perCell = new Map();
  const copies = observations.map((o) => {
    const key = [o.period, o.reporter, o.partner, o.flow, o.currency].join("|");
    const k = (perCell.get(key) ?? 0) + 1;
    perCell.set(key, k);
    return { ...o, primary: false, sourceId: `${SYNTHETIC}-${k}` };
  });
  writeFileSync(obsFile, JSON.stringify({ observations: [...observations, ...copies] }));
  const sources = JSON.parse(readFileSync(srcFile, "utf8"));
  const layers = Math.max(...perCell.values());
  for (let k = 1; k <= layers; k++) {
    sources.sources.push({ id: `${SYNTHETIC}-${k}`, publisher: "Benchmark", title: "A synthetic copy of every figure, to measure growth with data", published: null, url: "https://example.org/", supports: "benchmark only" });
  }
  writeFileSync(srcFile, JSON.stringify(sources));
  return { before: observations.length, after: observations.length + copies.length };
}

export async function doubledHtml(port, log = () => {}) {
  mkdirSync(".bench", { recursive: true });
  const dir = mkdtempSync(path.resolve(".bench", "doubled-"));
  try {
    for (const entry of COPY.filter((e) => existsSync(e))) cpSync(entry, path.join(dir, entry), { recursive: true });
    symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
    const counts = doubleData(dir);
    log(`  building with ${counts.after} observations (was ${counts.before}) in ${dir}`);
    const b = spawnSync("node_modules/.bin/next", ["build"], { cwd: dir, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (b.status !== 0) throw new Error(`the doubled-data build failed:\n${b.stdout}\n${b.stderr}`);
    const server = await startNext(port, dir);
    try {
      return { ...counts, html: await measureHtml(`http://${HOST}:${port}/id`) };
    } finally {
      stop(server);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
