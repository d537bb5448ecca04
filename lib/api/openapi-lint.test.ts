import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { openApiDocument } from "./openapi";

/**
 * The generated document through two linters other people point at an API: Redocly's recommended
 * rules and Spectral's `spectral:oas`, with this repository's redocly.yaml and .spectral.yaml.
 * Offline: no telemetry, no update check, nothing fetched (both rulesets ship with the CLIs).
 */

// As deployed: built with SITE_URL, so the contact names the site's API page.
const doc = openApiDocument(getDataset(), new URL("https://trade.example.net"));
const dir = mkdtempSync(join(tmpdir(), "openapi-lint-"));
const file = join(dir, "openapi.json");
writeFileSync(file, JSON.stringify(doc, null, 2));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
const bin = (name: string) => join(process.cwd(), "node_modules", ".bin", name);

/** Runs a linter that exits non-zero on errors; its JSON report is on stdout either way. */
function run(name: string, args: string[]): string {
  try {
    return execFileSync(bin(name), args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
  } catch (error) {
    const out = (error as { stdout?: string }).stdout;
    if (out) return out;
    throw error;
  }
}

type Finding = { rule: string; where: string; message: string };

describe("the OpenAPI document under other people's linters", () => {
  it("passes Redocly's recommended rules: no errors; the only warnings are the missing 4xx of the four routes that read no query", () => {
    const report = JSON.parse(run("redocly", ["lint", file, "--config", "redocly.yaml", "--format", "json"])) as {
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const findings = (severity: string): Finding[] => report.problems.filter((p) => p.severity === severity).map((p) => ({ rule: p.ruleId, where: p.location[0]?.pointer ?? "", message: p.message }));
    expect(findings("error")).toEqual([]);
    // /api/dataset and /api/openapi.json read no query: no 4xx is theirs to document (another path's
    // 404 and another method's 405 are not answers of their GET).
    expect(findings("warn").map((f) => `${f.rule} ${f.where}`)).toEqual([
      "operation-4xx-response #/paths/~1api~1dataset/get/responses",
      "operation-4xx-response #/paths/~1api~1observations.csv/get/responses",
      "operation-4xx-response #/paths/~1api~1datapackage.json/get/responses",
      "operation-4xx-response #/paths/~1api~1openapi.json/get/responses",
    ]);
  }, 120_000);

  it("passes Spectral's spectral:oas ruleset with no errors and no warnings", () => {
    const report = JSON.parse(run("spectral", ["lint", file, "--ruleset", ".spectral.yaml", "--format", "json", "--quiet"])) as { code: string; severity: number; message: string; path: string[] }[];
    expect(report.map((r): Finding => ({ rule: r.code, where: r.path.join("."), message: r.message }))).toEqual([]);
  }, 120_000);
});
