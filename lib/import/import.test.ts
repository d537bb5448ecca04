import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { runImport, type DataFiles } from "./run";

const root = path.resolve(__dirname, "../..");
const fixture = (name: string) => ({ name, text: readFileSync(path.join(__dirname, "fixtures", name), "utf8") });
const readData = (dir = path.join(root, "data")): DataFiles => {
  const read = (n: string) => JSON.parse(readFileSync(path.join(dir, n), "utf8"));
  return { observations: read("observations.json"), sources: read("sources.json"), rates: read("rates.json"), prices: read("prices.json"), composition: read("composition.json"), context: read("context.json") };
};

const file = (name: string, text: string) => ({ name, text });
/** A source every inline test file below can cite. */
const testSource = file("s.csv", "id,publisher,title,published,url,supports\ntest-fed,Fed,G.5A,2027-01-04,https://example.org/g5a,a row\n");

function refusal(files: { name: string; text: string }[], sourceId?: string): string {
  try {
    runImport(readData(), files, { sourceId });
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected the import to be refused");
}
const importError = (files: string[], sourceId?: string) => refusal(files.map(fixture), sourceId);

describe("parseCsv", () => {
  it.each([
    ["quoted commas and doubled quotes", 'a,b\n"1,5","say ""hi"""\n', [["1,5", 'say "hi"']]],
    ["CRLF line ends and a byte-order mark", "\uFEFFa,b\r\n1,2\r\n", [["1", "2"]]],
    ["comment lines before the header", "# note\na,b\n1,2\n", [["1", "2"]]],
  ])("reads %s", (_label, text, cells) => {
    expect(parseCsv(text).rows.map((r) => r.cells)).toEqual(cells);
  });

  it("numbers rows by their line in the file, past quoted line breaks", () => {
    const t = parseCsv('a,b\n"x\ny",1\n\n3,4\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 5]);
  });
});

describe("runImport on a reference-layout file", () => {
  const result = runImport(readData(), [fixture("reference-ok.csv")], {});
  const d = result.files[0]?.diff;

  it("sorts rows into unchanged, added and conflicting against data/", () => {
    expect(d?.unchanged.map((e) => e.label)).toEqual(["2024 CA5 total USD (astanatimes-2025-01)"]);
    expect(d?.added.map((e) => e.label)).toEqual(["2026 KAZ export USD (antara-2025-06-17)"]);
    expect(d?.conflicts.map((e) => [e.line, e.label])).toEqual([[4, "2024 CA5 total USD (xinhua-2025-06-15)"]]);
  });

  it("keeps data/'s primary and adds a conflicting value as an alternative", () => {
    const cell = result.next.observations.observations.filter((o) => o.period === "2024" && o.partner === "CA5" && o.flow === "total" && o.currency === "USD");
    expect(cell.map((o) => [o.sourceId, o.value, o.primary])).toEqual([
      ["astanatimes-2025-01", "94.82", true],
      ["xinhua-2025-06-15", "94.9", false],
    ]);
  });

  it("makes the new value primary only with --prefer-new", () => {
    const next = runImport(readData(), [fixture("reference-ok.csv")], { preferNew: true }).next;
    const primary = next.observations.observations.find((o) => o.period === "2024" && o.partner === "CA5" && o.flow === "total" && o.currency === "USD" && o.primary);
    expect(primary?.value).toBe("94.9");
  });

  // The reference files sit beside the repository (shared/), as on every machine of this project.
  const refDir = path.join(root, "../shared/reference");
  it.skipIf(!existsSync(refDir))("finds nothing to change in the reference files data/ was imported from", () => {
    const ref = (p: string) => ({ name: p, text: readFileSync(path.join(refDir, p), "utf8") });
    const names = [
      "sources.csv",
      "trade.csv",
      "history/sources-history.csv",
      "history/trade-history.csv",
      "history/sources-gaps.csv",
      "history/gaps-2021-2025.csv",
      "rates/sources-rates.csv",
      "rates/rates-full.csv",
      "rates/cpi-u.csv",
      "rates.csv",
      "composition/sources-composition.csv",
      "composition/products.csv",
      "composition/targets.csv",
      "indonesia/sources-indonesia.csv",
      "indonesia/trade-indonesia.csv",
      "ytd/sources-ytd.csv",
      "ytd/trade-ytd.csv",
      "ytd/partner-holes.csv",
    ];
    const files = runImport(readData(), names.map(ref), {}).files;
    expect(files.map((f) => [f.diff.added.length, f.diff.changed.length, f.diff.conflicts.length])).toEqual(names.map(() => [0, 0, 0]));
    expect(files.map((f) => f.diff.unchanged.length)).toEqual([30, 73, 22, 898, 31, 58, 15, 78, 34, 60, 62, 89, 9, 32, 131, 30, 61, 9]);
    // The ytd files cite four pages the history cited, in their own words: data/ keeps the history's.
    const reworded = (name: string) => (files[names.indexOf(name)]?.diff.unchanged as { label: string; otherWording?: true }[]).filter((e) => e.otherWording).map((e) => e.label);
    expect(reworded("ytd/sources-ytd.csv")).toEqual(["astanatimes-2023-04-20", "trend-2023-05-27", "trend-2024-04-21", "asiaplus-2024-05-13"]);
    expect(reworded("ytd/partner-holes.csv")).toHaveLength(8);
    expect(names.filter((n) => n !== "ytd/sources-ytd.csv" && n !== "ytd/partner-holes.csv").flatMap(reworded)).toEqual([]);
  });

  it.skipIf(!existsSync(refDir))("makes China's reported Jan–Feb 2026 dollar total primary over the approximate 1.12 tn (--prefer-new on trade-ytd.csv)", () => {
    const cell = readData().observations.observations.filter((o) => o.period === "2026-01/2026-02" && o.partner === "WLD" && o.flow === "total" && o.currency === "USD");
    expect(cell.map((o) => [o.sourceId, o.value, o.unit, o.primary])).toEqual([
      ["worldjournal-2026-03-10", "1099.54", "billion", true],
      ["xinhua-2026-03-10", "1.12", "trillion", false],
    ]);
  });
});

describe("runImport on a sources file", () => {
  const sources = (url: string) => ({ name: "s.csv", text: `id,publisher,title,published,url,supports\ntest-src,Pub,Title,2026-01-01,${url},a row\n` });

  it.each([
    ["words after the URL", "https://example.org/a (original: https://example.org/b)"],
    ["no scheme", "example.org/a"],
    ["another scheme", "ftp://example.org/a"],
  ])("refuses a source url with %s, naming line and column", (_label, url) => {
    expect(() => runImport(readData(), [sources(url)], {})).toThrow('s.csv: line 2, column url: must be an absolute http(s) URL with no spaces, such as "https://example.org/page"');
  });
});

describe("runImport on rates and price index files", () => {
  const sources = testSource;
  const rates = (rows: string) => file("r.csv", `base,quote,period,basis,value,primary,source_id,note\n${rows}`);

  it("adds a new rate, finds a rate data/ holds from another source unchanged, and enters a cross-check as not preferred", () => {
    const { files, next } = runImport(readData(), [sources, rates("USD,CNY,2026,annual_average,7.01,yes,test-fed,\nUSD,CNY,2024,annual_average,7.1957,yes,test-fed,\nUSD,CNY,2023,annual_average,7.2,no,test-fed,\n")], {});
    const d = files[1]?.diff;
    expect(d?.added.map((e) => e.label)).toEqual(["USD/CNY 2026 annual_average (test-fed)", "USD/CNY 2023 annual_average (test-fed) (cross-check)"]);
    expect(d?.unchanged.map((e) => e.label)).toEqual(["USD/CNY 2024 annual_average (test-fed): same value already held from fred-aexchus-datahub"]);
    const y2023 = next.rates.rates.filter((r) => r.quote === "CNY" && r.period === "2023" && r.basis === "annual_average");
    expect(y2023.map((r) => [r.sourceId, r.value, r.preferred])).toEqual([["fed-g5a-2024", "7.0809", true], ["test-fed", "7.2", false]]);
  });

  it("keeps data/'s rate on a conflicting primary, unless --prefer-new", () => {
    const input = [sources, rates("USD,CNY,2024,annual_average,7.2,yes,test-fed,\n")];
    const pick = (preferNew: boolean) => runImport(readData(), input, { preferNew }).next.rates.rates.filter((r) => r.quote === "CNY" && r.period === "2024" && r.basis === "annual_average" && r.preferred).map((r) => r.sourceId);
    expect(runImport(readData(), input, {}).files[1]?.diff.conflicts.map((e) => e.label)).toEqual(["USD/CNY 2024 annual_average (test-fed)"]);
    expect(pick(false)).toEqual(["fred-aexchus-datahub"]);
    expect(pick(true)).toEqual(["test-fed"]);
  });

  it.each([
    ["a rate with a thousands separator", rates('USD,IDR,2026,annual_average,"16,500",yes,test-fed,\n'), 'r.csv: line 2, column value: "16,500" is not a number'],
    ["a primary that is neither yes nor no", rates("USD,IDR,2026,annual_average,16500,maybe,test-fed,\n"), 'r.csv: line 2, column primary: "maybe" must be yes or no'],
    ["a rate from an unknown source", rates("USD,IDR,2026,annual_average,16500,yes,nobody,\n"), 'r.csv: line 2, column source_id: unknown source id "nobody"'],
    ["a price index year that is not a year", file("c.csv", "series,period,value,source_id,note\nCPI-U,2026-01,330.1,test-fed,\n"), "c.csv: line 2, column period:"],
  ])("refuses %s, naming line and column", (_label, bad, expected) => {
    let message = "";
    try {
      runImport(readData(), [sources, bad], {});
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain(expected);
  });
});

describe("runImport on a UN Comtrade export", () => {
  it("needs --source naming a known source, and says how to add one", () => {
    expect(importError(["comtrade-ok.csv"], "un-comtrade-test")).toContain("--source un-comtrade-test is not in data/sources.json: add the source first");
    expect(importError(["comtrade-ok.csv"])).toContain("a Comtrade file needs --source ID");
  });

  it("reads annual totals in dollars, to the dollar, and derives totals and the CA5 sums", () => {
    const { files, next } = runImport(readData(), [fixture("comtrade-source.csv"), fixture("comtrade-ok.csv")], { sourceId: "un-comtrade-test" });
    expect(files.map((f) => f.layout)).toEqual(["reference-sources", "comtrade"]);
    const obs = next.observations.observations.filter((o) => o.sourceId === "un-comtrade-test");
    const find = (partner: string, flow: string) => obs.find((o) => o.partner === partner && o.flow === flow);
    expect(find("KAZ", "export")).toMatchObject({ period: "2026", reporter: "CHN", value: "26000", unit: "million", currency: "USD", status: "reported", primary: true });
    expect(find("KAZ", "total")).toMatchObject({ value: "45000", status: "derived", derivation: "export + import (26000 + 19000) from UN Comtrade" });
    expect(find("CA5", "export")?.value).toBe("62200");
    expect(find("CA5", "total")).toMatchObject({ value: "96120", status: "derived" });
    // Each derived row names the rows it sums; the import's own data:check recomputed them.
    const ref = (partner: string, flow: string) => ({ ref: { period: "2026", reporter: "CHN", partner, flow, currency: "USD", sourceId: "un-comtrade-test" } });
    expect(find("KAZ", "total")?.formula).toEqual({ op: "sum", inputs: [ref("KAZ", "export"), ref("KAZ", "import")] });
    expect(find("CA5", "export")?.formula).toEqual({ op: "sum", inputs: ["KAZ", "KGZ", "TJK", "TKM", "UZB"].map((c) => ref(c, "export")) });
    expect(obs).toHaveLength(10 + 5 + 3);
  });
});

describe("a malformed file is refused with its line and column", () => {
  it.each([
    ["a missing column", ["missing-column.csv"], 'missing-column.csv: line 1, column flow: missing column "flow"'],
    ["a bad number", ["bad-number.csv"], 'bad-number.csv: line 3, column value: "89,4" is not a number'],
    ["an unknown partner", ["unknown-partner.csv"], "unknown-partner.csv: line 2, column partner: Invalid option"],
    ["a monthly Comtrade row", ["comtrade-source.csv", "comtrade-monthly.csv"], 'comtrade-monthly.csv: line 3, column freqCode: "M" is a monthly row; only annual (A) totals can be imported'],
    ["a commodity Comtrade row", ["comtrade-source.csv", "comtrade-commodity.csv"], 'comtrade-commodity.csv: line 3, column cmdCode: "27" is a commodity row'],
    ["an unknown Comtrade partner code", ["comtrade-source.csv", "comtrade-unknown-partner.csv"], 'comtrade-unknown-partner.csv: line 2, column partnerCode: unknown partner code "999"'],
    ["a Comtrade value in scientific notation", ["comtrade-source.csv", "comtrade-bad-number.csv"], 'comtrade-bad-number.csv: line 2, column primaryValue: "2.6e10" is not a US-dollar amount'],
  ])("%s", (_label, files, expected) => {
    expect(importError(files, "un-comtrade-test")).toContain(expected);
  });
});

describe("a file that is not a comma-separated table of its header's width says what it found and what is expected", () => {
  it("an empty file", () => {
    const message = importError(["empty.csv"]);
    expect(message).toMatch(/^empty\.csv: the file is empty \(or holds only # comment lines\); expected a header row of one of these layouts: /);
    expect(message).toContain("reference-observations (period,period_type,reporter,partner,flow,value,currency,unit,status,primary,source_id,note)");
  });

  it.each([
    ["semicolons", fixture("semicolon.csv"), 'semicolon.csv: line 1: the header is separated by ";" — expected commas (save as CSV with comma separators)'],
    ["tabs", file("tabs.csv", "id\tpublisher\ttitle\tpublished\turl\tsupports\n"), "tabs.csv: line 1: the header is separated by tabs — expected commas (save as CSV with comma separators)"],
  ])("a file separated by %s", (_label, bad, expected) => {
    expect(refusal([bad])).toBe(expected);
  });

  it("rows with more or fewer cells than the header, each named (a quoted comma is one cell)", () => {
    expect(importError(["extra-cells.csv"]).split("\n")).toEqual([
      "extra-cells.csv: line 5: 13 cells, the header has 12; a comma inside a value needs the value in double quotes",
      "extra-cells.csv: line 6: 11 cells, the header has 12; every row needs one cell per column, even an empty one",
    ]);
  });
});

describe("the same cell or key twice in one file is refused, naming both lines", () => {
  it("in a Comtrade file", () => {
    expect(importError(["comtrade-source.csv", "comtrade-duplicate.csv"], "un-comtrade-test")).toContain(
      "comtrade-duplicate.csv: line 12: 2026 KAZ export USD (un-comtrade-test) is also on line 2: line 2 says 26000 million USD, line 12 says 27000 million USD; a file may give it only once: delete the wrong line",
    );
  });

  it("in our reference layout, an identical repeat included; the same cell from another source is an alternative, not a repeat", () => {
    const message = importError(["reference-duplicate.csv"]);
    expect(message.split("\n")).toEqual([
      "reference-duplicate.csv: line 4: 2026 KAZ export USD (antara-2025-06-17) is also on line 2: line 2 says 30.5 billion USD, line 4 says 31.5 billion USD; a file may give it only once: delete the wrong line",
      "reference-duplicate.csv: line 5: 2026 KAZ import USD (antara-2025-06-17) repeats line 3 exactly; a file may give it only once: delete one of the two lines",
    ]);
  });

  const twice = (name: string, header: string, first: string, second: string) => file(name, `${header}\n${first}\n${second}\n`);
  it.each([
    ["a source id", twice("s2.csv", "id,publisher,title,published,url,supports", "test-src,Pub,Title,2026-01-01,https://example.org/a,a row", "test-src,Pub,Other title,2026-01-01,https://example.org/a,a row"), "s2.csv: line 3: test-src is also on line 2, with other details; a file may give it only once: delete the wrong line"],
    ["a rate", twice("r.csv", "base,quote,period,basis,value,primary,source_id,note", "USD,CNY,2026,annual_average,7.01,yes,test-fed,", "USD,CNY,2026,annual_average,7.02,yes,test-fed,"), "r.csv: line 3: USD/CNY 2026 annual_average (test-fed) is also on line 2: line 2 says 7.01, line 3 says 7.02; a file may give it only once: delete the wrong line"],
    ["a price index year", twice("c.csv", "series,period,value,source_id,note", "CPI-U,2026,330.1,test-fed,", "CPI-U,2026,330.1,test-fed,"), "c.csv: line 3: CPI-U 2026 repeats line 2 exactly; a file may give it only once: delete one of the two lines"],
    ["a product group", twice("p.csv", "year,reporter,partner,flow,product_group,product_code,classification,value,currency,unit,share_pct,status,source_id,note", "2026,KAZ,CHN,export,Copper,HS 74,HS,1,USD,billion,,reported,test-fed,", "2026,KAZ,CHN,export,Copper,HS 74,HS,2,USD,billion,,reported,test-fed,"), "p.csv: line 3: 2026 KAZ→CHN export: Copper (test-fed) is also on line 2: line 2 says 1 billion USD, line 3 says 2 billion USD; a file may give it only once: delete the wrong line"],
    ["a trade target", twice("t.csv", "pair,target_value,currency,unit,target_year,announced,source_id,note", "CHN-KAZ,50,USD,billion,2030,2026-01,test-fed,", "CHN-KAZ,50,USD,billion,2032,2026-01,test-fed,"), "t.csv: line 3: CHN-KAZ US$50 billion by 2032 (test-fed) is also on line 2, with other details; a file may give it only once: delete the wrong line"],
  ])("%s", (_label, bad, expected) => {
    expect(refusal([testSource, bad])).toContain(expected);
  });
});

describe("npm run data:import", () => {
  const cli = (dir: string, args: string[]) => {
    try {
      return { status: 0, out: execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/data-import.ts"), ...args, "--data", dir], { cwd: root, stdio: "pipe" }).toString() };
    } catch (err) {
      const e = err as { status: number; stderr: Buffer };
      return { status: e.status, out: e.stderr.toString() };
    }
  };
  const copy = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "import-"));
    cpSync(path.join(root, "data"), dir, { recursive: true });
    return dir;
  };
  const snapshot = (dir: string) => ["observations.json", "sources.json"].map((f) => readFileSync(path.join(dir, f), "utf8"));

  it("prints the diff as JSON and writes nothing without --write", () => {
    const dir = copy();
    const before = snapshot(dir);
    const run = cli(dir, [path.join(__dirname, "fixtures/reference-ok.csv"), "--json"]);
    const json = JSON.parse(run.out) as Record<string, { label: string }[]>;
    expect(Object.keys(json)).toEqual(["added", "unchanged", "changed", "conflicts"]);
    expect(json.conflicts?.map((e) => e.label)).toEqual(["2024 CA5 total USD (xinhua-2025-06-15)"]);
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);

  it("exits 1 on a malformed file and leaves data/ exactly as it was, even with --write", () => {
    const dir = copy();
    const before = snapshot(dir);
    const run = cli(dir, [path.join(__dirname, "fixtures/bad-number.csv"), "--write"]);
    expect(run.status).toBe(1);
    expect(run.out).toContain("line 3, column value");
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);

  it("exits 1 on a cell given twice in one file, naming both lines, and writes nothing", () => {
    const dir = copy();
    const before = snapshot(dir);
    const run = cli(dir, [path.join(__dirname, "fixtures/comtrade-source.csv"), path.join(__dirname, "fixtures/comtrade-duplicate.csv"), "--source", "un-comtrade-test", "--write"]);
    expect(run.status).toBe(1);
    expect(run.out).toContain("comtrade-duplicate.csv: line 12: 2026 KAZ export USD (un-comtrade-test) is also on line 2: line 2 says 26000 million USD, line 12 says 27000 million USD");
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);

  it("exits 1 with one line each, and no stack trace, for a missing file and a folder", () => {
    const run = cli(copy(), ["missing/trade.csv", "lib/import/fixtures/", "lib/import/fixtures/reference-ok.csv"]);
    expect(run.status).toBe(1);
    expect(run.out.trimEnd().split("\n")).toEqual(["data:import: nothing written; fix these and run again:", "  missing/trade.csv: no such file", "  lib/import/fixtures/: is a folder, expected a CSV file"]);
  }, 30_000);

  it("exits 1 with one line, and no stack trace, for an empty file", () => {
    const run = cli(copy(), ["lib/import/fixtures/empty.csv"]);
    expect(run.status).toBe(1);
    expect(run.out.trimEnd().split("\n")).toHaveLength(2);
    expect(run.out).toContain("  lib/import/fixtures/empty.csv: the file is empty (or holds only # comment lines); expected a header row of one of these layouts: ");
  }, 30_000);

  it("applies the diff with --write, and a second run finds it unchanged", () => {
    const dir = copy();
    cli(dir, [path.join(__dirname, "fixtures/reference-ok.csv"), "--write"]);
    const again = cli(dir, [path.join(__dirname, "fixtures/reference-ok.csv")]);
    expect(again.out).toContain("0 added, 3 unchanged, 0 changed, 0 conflicting");
  }, 30_000);
});
