import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, without type declarations
import { builtHash, sourceHash } from "./source-hash.mjs";

describe("source-hash (what npm start compares to decide on a rebuild)", () => {
  const project = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hash-"));
    for (const d of ["app", "lib", "data"]) mkdirSync(path.join(dir, d));
    writeFileSync(path.join(dir, "app", "page.tsx"), "export default 1;\n");
    writeFileSync(path.join(dir, "data", "observations.json"), "{}\n");
    writeFileSync(path.join(dir, "package.json"), "{}\n");
    return dir;
  };

  it.each<[string, (dir: string) => void]>([
    ["a changed page", (d) => writeFileSync(path.join(d, "app", "page.tsx"), "export default 2;\n")],
    ["a changed data file", (d) => writeFileSync(path.join(d, "data", "observations.json"), '{"a":1}\n')],
    ["a new file in lib/", (d) => writeFileSync(path.join(d, "lib", "x.ts"), "export {};\n")],
    ["a changed lockfile", (d) => writeFileSync(path.join(d, "package-lock.json"), "{}\n")],
  ])("changes with %s", (_label, change) => {
    const dir = project();
    const before = sourceHash(dir, {});
    change(dir);
    expect(sourceHash(dir, {})).not.toBe(before);
  });

  it("ignores tests and copies of the same tree, and follows SITE_URL", () => {
    const dir = project();
    const before = sourceHash(dir, {});
    writeFileSync(path.join(dir, "lib", "x.test.ts"), "test\n");
    const copy = mkdtempSync(path.join(tmpdir(), "hash-copy-"));
    cpSync(dir, copy, { recursive: true });
    expect([sourceHash(dir, {}), sourceHash(copy, {})]).toEqual([before, before]);
    expect(sourceHash(dir, { SITE_URL: "https://example.org" })).not.toBe(before);
  });

  it("knows no build where none was recorded", () => {
    expect(builtHash(project())).toBeNull();
  });
});
