import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers of lib/ point one way (docs/architecture.md draws them). Each lib/ folder stands on a
 * floor; a folder imports its own files and folders on floors strictly below its own, never a peer
 * on its floor nor anything above. app/, scripts/ and e2e/ stand above every floor: they import any
 * of lib/, lib/ none of them. And no module reaches itself through its imports, type-only imports
 * included: a circle is a knot a newcomer has to untie before changing either end.
 *
 * Tests are outside the floor rule (nothing imports a test, so it closes no circle, and a test may
 * hold a floor to the one above it), not outside the rule that lib/ never imports app/.
 */

/** lib/'s floors, bottom first. "." is lib/'s top-level files (lib/*.ts). */
const FLOORS: readonly (readonly string[])[] = [
  ["money"],
  ["schema"],
  ["format", "csv"],
  ["i18n"],
  ["data"],
  ["trade"],
  ["view"],
  ["article", "embed", "import", "."],
  ["check"],
  ["api"],
];

/** Above lib/: they may import any floor, and no floor may import them. */
const ABOVE = ["app", "scripts", "e2e"];

const ROOT = resolve(__dirname, "..");

function sourceFiles(dir: string, tests: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : sourceFiles(path, tests);
    return /\.tsx?$/.test(entry.name) && (tests || !/\.test\.tsx?$/.test(entry.name)) ? [path] : [];
  });
}

/** Static imports and re-exports, side-effect imports, and dynamic `import("…")`. */
const IMPORTS = [/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g, /(?:^|\n)\s*import\s+["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g];

/** The repo path an import names: the module file where there is one, else the path as written. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(from), spec) : null;
  if (base === null) return null;
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  const file = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx"), base].find(isFile) ?? base;
  return relative(ROOT, file);
}

/** Every repo file each source file under `dir` imports (packages left out), paths relative to the repo. */
function importGraph(dir: string, tests = false): Map<string, string[]> {
  return new Map(
    sourceFiles(join(ROOT, dir), tests).map((file) => {
      const text = readFileSync(file, "utf8");
      const specs = IMPORTS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1] ?? ""));
      return [relative(ROOT, file), specs.map((s) => resolveImport(file, s)).filter((t): t is string => t !== null)];
    }),
  );
}

/** The lib/ folder a repo path is in ("." for lib/'s top-level files), or null outside lib/. */
function folderOf(path: string): string | null {
  const parts = path.split("/");
  if (parts[0] !== "lib" || parts.length < 2) return null;
  return parts.length === 2 ? "." : (parts[1] ?? null);
}

/** Each import from a lib/ folder to one not strictly below it (or on no floor), as `file -> target`. */
function upwardImports(graph: Map<string, readonly string[]>, floors: readonly (readonly string[])[] = FLOORS): string[] {
  const floor = new Map(floors.flatMap((names, i) => names.map((name) => [name, i] as const)));
  return [...graph].flatMap(([file, targets]) => {
    const from = folderOf(file);
    if (from === null) return [];
    const up = targets.filter((target) => {
      const to = folderOf(target);
      if (to === null || to === from) return false;
      const [a, b] = [floor.get(from), floor.get(to)];
      return a === undefined || b === undefined || b >= a;
    });
    return up.map((target) => `${file} -> ${target}`);
  });
}

/** Each import from lib/ into a folder that stands above it, as `file -> target`. */
function importsFromAbove(graph: Map<string, readonly string[]>): string[] {
  return [...graph].flatMap(([file, targets]) => targets.filter((t) => ABOVE.includes(t.split("/")[0] ?? "")).map((t) => `${file} -> ${t}`));
}

/** Each circle once, as the path that closes it. */
function cycles(graph: Map<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe("lib/ layers", () => {
  const graph = importGraph("lib");

  it("reads the imports it checks", () => {
    expect(graph.get("lib/schema/api.ts")).toContain("lib/schema/primitives.ts");
    expect(graph.get("lib/data/load.ts")).toContain("data/observations.json");
    expect(importGraph("lib", true).get("lib/view/rows.test.ts")).toContain("lib/view/rows-compare.ts");
    expect(graph.size).toBeGreaterThan(80);
  });

  it("puts every lib/ folder on exactly one floor", () => {
    const folders = [...new Set([...graph.keys()].map((file) => folderOf(file)))].sort();
    expect(FLOORS.flat().sort()).toEqual(folders);
  });

  it("imports between lib/ folders go only down the floors", () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it("finds an upward or sideways import when there is one", () => {
    const graphWithUpward = new Map([
      ["lib/trade/points.ts", ["lib/data/types.ts", "lib/trade/rates.ts", "data/rates.json"]],
      ["lib/trade/words.ts", ["lib/view/state.ts"]],
      ["lib/embed/frame.ts", ["lib/article/claims.ts"]],
      ["lib/site-url.ts", ["lib/page-alternates.ts", "lib/api/respond.ts"]],
      ["lib/new/thing.ts", ["lib/money/ratio.ts"]],
    ]);
    expect(upwardImports(graphWithUpward)).toEqual([
      "lib/trade/words.ts -> lib/view/state.ts",
      "lib/embed/frame.ts -> lib/article/claims.ts",
      "lib/site-url.ts -> lib/api/respond.ts",
      "lib/new/thing.ts -> lib/money/ratio.ts",
    ]);
  });

  it("lib/ imports nothing from app/, scripts/ or e2e/, tests included", () => {
    expect(importsFromAbove(importGraph("lib", true))).toEqual([]);
    expect(importsFromAbove(new Map([["lib/api/replay.ts", ["app/api/dataset/route.ts", "lib/api/trade.ts"]]]))).toEqual(["lib/api/replay.ts -> app/api/dataset/route.ts"]);
  });

  it("app/ imports lib/ from any floor, each import a lib/ file on a floor", () => {
    const fromApp = [...importGraph("app")].flatMap(([, targets]) => targets.filter((t) => t.startsWith("lib/")));
    const floors = new Set(FLOORS.flat());
    expect(fromApp.filter((t) => !existsSync(join(ROOT, t)) || !floors.has(folderOf(t) ?? ""))).toEqual([]);
    expect(fromApp.length).toBeGreaterThan(100);
  });

  it("lib/schema imports only lib/schema and lib/money", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith("lib/schema/") ? targets.filter((t) => t.startsWith("lib/") && !t.startsWith("lib/schema/") && !t.startsWith("lib/money/")).map((t) => `${file} -> ${t}`) : [],
    );
    expect(upward).toEqual([]);
  });

  it("lib/money imports nothing outside itself", () => {
    const out = [...graph].flatMap(([file, targets]) => (file.startsWith("lib/money/") ? targets.filter((t) => !t.startsWith("lib/money/")).map((t) => `${file} -> ${t}`) : []));
    expect(out).toEqual([]);
  });

  it("has no import circle", () => {
    expect(cycles(graph).map((c) => c.join(" -> "))).toEqual([]);
  });

  it("finds a circle when there is one", () => {
    const graphWithCircle = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
    expect(cycles(graphWithCircle)).toEqual([["a", "b", "c", "a"]]);
  });
});
