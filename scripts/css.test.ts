/**
 * Keeps the CSS from going dead (issue #20): globals.css holds tokens, reset, layout and print only
 * (200 lines at most), and every class in a CSS module is used by a file that imports it. A static
 * check, by reading files: class names built at run time (styles[name]) would escape it, so the code
 * spells each one out (see ClaimCheck's VERDICT).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const GLOBALS = path.join(ROOT, "app", "globals.css");
const MAX_GLOBAL_LINES = 200;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : filesUnder(full, keep);
    return keep(e.name) ? [full] : [];
  });
}

/** `:global(...)` with its balanced parentheses, so the global classes inside can be told apart. */
function splitGlobal(selector: string): { local: string; global: string[] } {
  let local = "";
  const global: string[] = [];
  let i = 0;
  while (i < selector.length) {
    if (!selector.startsWith(":global(", i)) {
      local += selector[i++];
      continue;
    }
    let depth = 1;
    let j = i + ":global(".length;
    for (; j < selector.length && depth > 0; j++) depth += selector[j] === "(" ? 1 : selector[j] === ")" ? -1 : 0;
    global.push(selector.slice(i + ":global(".length, j - 1));
    i = j;
  }
  return { local, global };
}

/** The selectors of a stylesheet (what comes before each "{" that is not an at-rule). */
function selectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  return [...text.matchAll(/([^{};]+)\{/g)].map((m) => (m[1] ?? "").trim()).filter((s) => s && !s.startsWith("@"));
}

const classesIn = (selector: string) => [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? "");

function moduleClasses(css: string): { local: Set<string>; global: Set<string> } {
  const local = new Set<string>();
  const global = new Set<string>();
  for (const s of selectors(css)) {
    const parts = splitGlobal(s);
    classesIn(parts.local).forEach((c) => local.add(c));
    parts.global.flatMap(classesIn).forEach((c) => global.add(c));
  }
  return { local, global };
}

const sources = filesUnder(path.join(ROOT, "app"), (n) => /\.tsx?$/.test(n)).map((file) => ({ file, text: readFileSync(file, "utf8") }));
const modules = filesUnder(path.join(ROOT, "app"), (n) => n.endsWith(".module.css"));

/** Where each CSS module is imported, and under which name. */
function importsOf(moduleFile: string) {
  return sources.flatMap(({ file, text }) =>
    [...text.matchAll(/import\s+(\w+)\s+from\s+"([^"]+\.module\.css)"/g)]
      .filter((m) => {
        const spec = m[2] ?? "";
        const resolved = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(file), spec);
        return resolved === moduleFile;
      })
      .map((m) => ({ file, text, name: m[1] ?? "" })),
  );
}

/** `styles.name` and `styles["name"]` in a file that imports the module as `styles`. */
function usedClasses(text: string, name: string): Set<string> {
  const dot = [...text.matchAll(new RegExp(`\\b${name}\\.([\\w]+)`, "g"))].map((m) => m[1] ?? "");
  const bracket = [...text.matchAll(new RegExp(`\\b${name}\\[\\s*"([\\w-]+)"\\s*\\]`, "g"))].map((m) => m[1] ?? "");
  return new Set([...dot, ...bracket]);
}

const rel = (file: string) => path.relative(ROOT, file);

describe("CSS", () => {
  it(`globals.css keeps to tokens, reset, layout and print: at most ${MAX_GLOBAL_LINES} lines`, () => {
    expect(readFileSync(GLOBALS, "utf8").trimEnd().split("\n").length).toBeLessThanOrEqual(MAX_GLOBAL_LINES);
  });

  it("finds the modules", () => {
    expect(modules.length).toBeGreaterThan(10);
  });

  for (const file of modules) {
    it(`${rel(file)}: every class is used by a file that imports it, and every class used is defined`, () => {
      const { local } = moduleClasses(readFileSync(file, "utf8"));
      const importers = importsOf(file);
      expect(importers.map((i) => rel(i.file)), "imported somewhere").not.toEqual([]);
      const used = new Set(importers.flatMap((i) => [...usedClasses(i.text, i.name)]));
      expect([...local].filter((c) => !used.has(c)), "classes no importer uses").toEqual([]);
      expect([...used].filter((c) => !local.has(c)), "classes used but not defined").toEqual([]);
    });
  }

  it("every global class a module styles (:global) is set somewhere in the app", () => {
    const all = sources.map((s) => s.text).join("\n");
    // recharts' own classes are set by recharts.
    const hooks = new Set(modules.flatMap((f) => [...moduleClasses(readFileSync(f, "utf8")).global]).filter((c) => !c.startsWith("recharts-")));
    expect([...hooks].filter((c) => !new RegExp(`["'\`]${c}["'\`]`).test(all))).toEqual([]);
  });

  it("a plain class name in markup is one globals.css styles", () => {
    const defined = new Set(selectors(readFileSync(GLOBALS, "utf8")).flatMap(classesIn));
    const plain = sources.flatMap(({ file, text }) =>
      // Quoted, or the literal words of a template (`panel ${styles.row}` once hid an unstyled "panel").
      [...text.matchAll(/className=(?:"([^"]+)"|\{`([^`]*)`\})/g)].flatMap((m) =>
        (m[1] ?? (m[2] ?? "").replace(/\$\{[^}]*\}/g, " "))
          .split(/\s+/)
          .filter((c) => c && !defined.has(c))
          .map((c) => `${rel(file)}: ${c}`),
      ),
    );
    expect(plain).toEqual([]);
  });
});
