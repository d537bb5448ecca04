import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers of lib/ point one way. Schemas are the floor: they may use exact money (lib/money, which
 * imports nothing) and each other, nothing above. And no module reaches itself through its imports,
 * type-only imports included: a circle is a knot a newcomer has to untie before changing either end.
 */

const ROOT = resolve(__dirname, "..");
const LIB = join(ROOT, "lib");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g;

/** Every lib/ module each lib/ module imports, resolved to a file path relative to the repo. */
function importGraph(): Map<string, string[]> {
  const files = sourceFiles(LIB);
  const known = new Set(files);
  const resolveImport = (from: string, spec: string): string | null => {
    const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(from), spec) : null;
    if (base === null) return null;
    return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((candidate) => known.has(candidate)) ?? null;
  };
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, "utf8");
      const targets = [...text.matchAll(IMPORT)].map((m) => resolveImport(file, m[1] ?? "")).filter((t): t is string => t !== null);
      return [relative(ROOT, file), targets.map((t) => relative(ROOT, t))];
    }),
  );
}

/** Each circle once, as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
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
  const graph = importGraph();

  it("reads the imports it checks", () => {
    expect(graph.get("lib/schema/api.ts")).toContain("lib/schema/primitives.ts");
    expect(graph.size).toBeGreaterThan(80);
  });

  it("lib/schema imports only lib/schema and lib/money", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith("lib/schema/") ? targets.filter((t) => !t.startsWith("lib/schema/") && !t.startsWith("lib/money/")).map((t) => `${file} -> ${t}`) : [],
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
