import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { add, mul, parseDecimal, toDecimalString } from "@/lib/money/ratio";
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
    ["a derived figure without its formula", (d) => delete obs(d, 4).formula, "data/observations.json › record 5 (1992 KAZ total USD) › formula: a derived figure must carry its formula (operation and inputs), which data:check recomputes"],
    ["a formula on a reported figure", (d) => (obs(d, 0).formula = obs(d, 4).formula), "data/observations.json › record 1 (1992 CA5 total USD) › status: has a formula but is not marked derived"],
    ["a formula whose input is not in data/", (d) => ((obs(d, 4).formula as { inputs: { ref: { sourceId: string } }[] }).inputs[0]!.ref.sourceId = "antara-2025-06-17"), "data/observations.json › record 5 (1992 KAZ total USD, imf-dots-chn) › formula: cannot recompute sum: its input 1992 KAZ export USD (antara-2025-06-17) is not in data/observations.json"],
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

/** China's 2010 exports to the five and to each of them, as DOTS gives them (IMF DOTS China file). */
const exports2010 = (d: ReturnType<typeof fresh>) => {
  const find = (partner: string) => d.observations.observations.findIndex((o) => o.period === "2010" && o.reporter === "CHN" && o.partner === partner && o.flow === "export" && o.sourceId === "imf-dots-chn");
  return { ca5: find("CA5"), countries: ["KAZ", "KGZ", "TJK", "TKM", "UZB"].map(find) };
};

describe("data:check recomputes every derived figure from its formula (#28)", () => {
  it("fails naming the record, the formula and both values when one digit of a derived figure changes", () => {
    const d = fresh();
    const { ca5 } = exports2010(d);
    expect(obs(d, ca5).value).toBe("16454.030159");
    obs(d, ca5).value = "16454.030169";
    expect(messagesFor(d)).toEqual([
      `data/observations.json › record ${ca5 + 1} (2010 CA5 export USD, imf-dots-chn) › formula: 16454.030169 million USD does not equal its formula sum(2010 KAZ export USD (imf-dots-chn) 9279.174381 million; 2010 KGZ export USD (imf-dots-chn) 4099.502984 million; 2010 TJK export USD (imf-dots-chn) 1375.215393 million; 2010 TKM export USD (imf-dots-chn) 522.046864 million; 2010 UZB export USD (imf-dots-chn) 1178.090537 million) = 16454.030159 million USD`,
    ]);
  });

  it("fails naming the record when the five's 2010 exports are 1% off their sum", () => {
    const d = fresh();
    const { ca5, countries } = exports2010(d);
    const sum = countries.map((i) => parseDecimal(obs(d, i).value as string)).reduce(add);
    obs(d, ca5).value = toDecimalString(mul(sum, parseDecimal("1.01")), 8);
    expect(messagesFor(d)).toHaveLength(1);
    expect(messagesFor(d)[0]).toMatch(/^data\/observations\.json › record \d+ \(2010 CA5 export USD, imf-dots-chn\) › formula: 16618\.57046059 million USD does not equal its formula sum\(.*\) = 16454\.030159 million USD$/);
  });

  it("names each figure an input's change breaks, each against the stored values of its own inputs: Kazakhstan's total and the five's exports", () => {
    const d = fresh();
    const { countries } = exports2010(d);
    obs(d, countries[0] as number).value = "9279.174382";
    expect(messagesFor(d).map((m) => m.split(" › formula:")[0]?.replace(/record \d+ /, ""))).toEqual(["data/observations.json › (2010 CA5 export USD, imf-dots-chn)", "data/observations.json › (2010 KAZ total USD, imf-dots-chn)"]);
  });

  it("allows a sum of rounded inputs exactly the half units they state: Jan–Oct 2025's 88.1 bn may be 87.85 to 88.35, not 88.36", () => {
    const d = fresh();
    const i = d.observations.observations.findIndex((o) => o.period === "2025-01/2025-10" && o.partner === "CA5" && o.flow === "total");
    obs(d, i).value = "88.35";
    expect(validateDataset(d).ok).toBe(true);
    obs(d, i).value = "88.36";
    expect(messagesFor(d).join("\n")).toContain("› formula: 88.36 billion USD does not equal its formula sum(2025-01/2025-10 KAZ total USD (intellinews-2025-12) 39.8 (to 0.1) billion; ");
    expect(messagesFor(d).join("\n")).toContain(") = 88.1 billion USD (the stated precision allows 87.85 to 88.35)");
  });
});

/** npm run data:check on a copy of data/ as `d` holds it. */
function dataCheck(d: ReturnType<typeof fresh>): { status: number; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "data-"));
  for (const [name, json] of Object.entries({ observations: d.observations, rates: d.rates, prices: d.prices, composition: d.composition, sources: d.sources, context: d.context })) {
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(json));
  }
  try {
    execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/data-check.ts"), dir], { cwd: root, stdio: "pipe" });
    return { status: 0, stderr: "" };
  } catch (err) {
    const e = err as { status: number; stderr: Buffer };
    return { status: e.status, stderr: e.stderr.toString() };
  }
}

describe("npm run data:check on a broken copy", () => {
  it("exits non-zero and prints file, record and field", () => {
    const d = fresh();
    obs(d, 0).partner = "XXX";
    const { status, stderr } = dataCheck(d);
    expect(status).toBe(1);
    expect(stderr).toContain("data/observations.json › record 1 (1992 XXX total USD) › partner:");
  }, 20_000);

  it("exits non-zero naming the record and its formula when one digit of a derived figure changes", () => {
    const d = fresh();
    const { ca5 } = exports2010(d);
    obs(d, ca5).value = "16454.030169";
    const { status, stderr } = dataCheck(d);
    expect(status).toBe(1);
    expect(stderr).toContain(`data/observations.json › record ${ca5 + 1} (2010 CA5 export USD, imf-dots-chn) › formula: 16454.030169 million USD does not equal its formula sum(`);
  }, 20_000);
});
