import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toDecimalString } from "@/lib/money/ratio";
import { formatDataError, validateDataset, type RawDataset } from "./validate";

const root = path.resolve(__dirname, "../..");
const read = (name: string) => JSON.parse(readFileSync(path.join(root, "data", name), "utf8"));
const fresh = (): RawDataset & { observations: { observations: Record<string, unknown>[] }; rates: { rates: Record<string, unknown>[] } } => ({
  observations: read("observations.json"),
  rates: read("rates.json"),
  prices: read("prices.json"),
  composition: read("composition.json"),
  sources: read("sources.json"),
  context: read("context.json"),
});

function messagesFor(raw: RawDataset): string[] {
  const result = validateDataset(raw);
  if (result.ok) throw new Error("expected the broken copy to be rejected");
  return result.errors.map(formatDataError);
}

describe("validateDataset on the real data", () => {
  it("accepts data/ and reshapes figures into exact whole units", () => {
    const result = validateDataset(fresh());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const total2024 = result.data.observations.find((o) => o.period === "2024" && o.partner === "CA5" && o.flow === "total" && o.currency === "USD");
    expect(total2024 && toDecimalString(total2024.amount, 0)).toBe("94820000000");
    expect(result.data.sources.get("antara-2025-06-17")?.publisher).toBe("ANTARA (Xinhua)");
  });
});

type Breakage = [label: string, breakIt: (d: ReturnType<typeof fresh>) => void, expected: string];

const obs = (d: ReturnType<typeof fresh>, i: number) => d.observations.observations[i] as Record<string, unknown>;

describe("validateDataset names file, record and field", () => {
  it.each<Breakage>([
    ["a missing source id", (d) => delete obs(d, 0).sourceId, "data/observations.json › record 1 (1992 CA5 total USD) › sourceId:"],
    ["an unknown source id", (d) => (obs(d, 1).sourceId = "nobody-2020"), 'data/observations.json › record 2 (1992 CA5 total USD) › sourceId: unknown source id "nobody-2020"'],
    ["an unknown partner", (d) => (obs(d, 0).partner = "AFG"), "data/observations.json › record 1 (1992 AFG total USD) › partner:"],
    ["a negative value", (d) => (obs(d, 2).value = "-45.94"), "data/observations.json › record 3 (1992 CA5 export USD) › value: must not be negative"],
    ["a float instead of a decimal string", (d) => (obs(d, 2).value = 45.94), "data/observations.json › record 3 (1992 CA5 export USD) › value:"],
    ["a duplicated observation", (d) => d.observations.observations.push({ ...obs(d, 0) }), "data/observations.json › record 1223 (1992 CA5 total USD) › (record): duplicated observation: same period, partner, flow, currency and source as record 1"],
    ["a malformed period", (d) => (obs(d, 0).period = "92"), "data/observations.json › record 1 (92 CA5 total USD) › period: year period must be a four-digit year"],
    ["a ytd period in a year row", (d) => (obs(d, 0).period = "2025-01/2025-05"), "› period: year period must be a four-digit year"],
    ["a derived figure without derivation", (d) => delete obs(d, 4).derivation, "data/observations.json › record 5 (1992 KAZ total USD) › derivation: a derived figure must say how it was derived"],
    ["an unknown field", (d) => (obs(d, 0).valeu = "1"), "data/observations.json › record 1 (1992 CA5 total USD) › (record):"],
    ["two primary figures for one key", (d) => d.observations.observations.push({ ...obs(d, 0), sourceId: "antara-2025-06-17" }), "› primary: duplicated observation: record 1 is already the primary figure for 1992 CA5 total USD"],
    ["a zero rate", (d) => ((d.rates.rates[0] as Record<string, unknown>).value = "0"), "data/rates.json › record 1 (USD/IDR 2025-06-17 article_stated) › value: must be greater than zero"],
    ["two annual rates with none preferred", (d) => delete (d.rates.rates.find((r) => r.period === "2020" && r.preferred) as Record<string, unknown>).preferred, "data/rates.json › record 32 (USD/IDR 2020 annual_average) › preferred:"],
    ["an unknown rate source", (d) => ((d.rates.rates[1] as Record<string, unknown>).sourceId = "imf-x"), 'data/rates.json › record 2 (USD/IDR 1992 annual_average) › sourceId: unknown source id "imf-x"'],
    ["an unknown source in the context", (d) => ((d.context as { experts: { sourceId: string }[] }).experts[0]!.sourceId = "blog-x"), 'data/context.json › experts amrebayev › sourceId: unknown source id "blog-x"'],
    ["a long quote from the article", (d) => ((d.context as { experts: { quote: { text: string } }[] }).experts[1]!.quote.text = "x".repeat(200)), "data/context.json › experts 1 › quote.text:"],
    ["a source without URL", (d) => delete ((d.sources as { sources: Record<string, unknown>[] }).sources[0] as Record<string, unknown>).url, "data/sources.json › record 1 (antara-2025-06-17) › url:"],
    ["a source URL with words after it", (d) => (((d.sources as { sources: Record<string, unknown>[] }).sources[0] as Record<string, unknown>).url = "https://example.org/a (original: https://example.org/b)"), 'data/sources.json › record 1 (antara-2025-06-17) › url: must be an absolute http(s) URL with no spaces, such as "https://example.org/page"'],
  ])("rejects %s", (_label, breakIt, expected) => {
    const d = fresh();
    breakIt(d);
    expect(messagesFor(d).join("\n")).toContain(expected);
  });
});

describe("npm run data:check on a broken copy", () => {
  it("exits non-zero and prints file, record and field", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "data-"));
    const d = fresh();
    obs(d, 0).partner = "XXX";
    writeFileSync(path.join(dir, "observations.json"), JSON.stringify(d.observations));
    writeFileSync(path.join(dir, "rates.json"), JSON.stringify(d.rates));
    writeFileSync(path.join(dir, "prices.json"), JSON.stringify(d.prices));
    writeFileSync(path.join(dir, "composition.json"), JSON.stringify(d.composition));
    writeFileSync(path.join(dir, "sources.json"), JSON.stringify(d.sources));
    writeFileSync(path.join(dir, "context.json"), JSON.stringify(d.context));
    let stderr = "";
    let status = 0;
    try {
      execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/data-check.ts"), dir], { cwd: root, stdio: "pipe" });
    } catch (err) {
      const e = err as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toContain("data/observations.json › record 1 (1992 XXX total USD) › partner:");
  }, 20_000);
});
