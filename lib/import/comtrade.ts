import { add, div, isDecimal, parseDecimal, pow10, toDecimalString, type Ratio } from "@/lib/money/ratio";
import { observationRecord, type ObservationRecord } from "@/lib/schema/data";
import type { Country, Partner, Reporter } from "@/lib/schema/primitives";
import { COUNTRIES } from "@/lib/schema/values";
import { rowReader, type CsvTable, type ImportIssue } from "./csv";
import { zodIssues, type Parsed, type ParseResult } from "./reference";

/** ISO 3166 numeric codes Comtrade uses, and ours. 0 is Comtrade's "World". */
const ISO_NUMERIC: Record<string, Country | "CHN" | "WLD"> = { "156": "CHN", "398": "KAZ", "417": "KGZ", "762": "TJK", "795": "TKM", "860": "UZB", "0": "WLD" };
const FLOW: Record<string, "export" | "import"> = { X: "export", M: "import" };

/** Columns that, where present, must hold Comtrade's "all of it" value for a row to be a plain annual total. */
const TOTAL_ONLY: [column: string, total: string, what: string][] = [
  ["partner2Code", "0", "a second-partner breakdown"],
  ["motCode", "0", "a mode-of-transport breakdown"],
  ["customsCode", "C00", "a customs-procedure breakdown"],
];

/** An exact decimal string with no trailing zeros: 12540255381 dollars is "12540.255381" million. */
function plain(value: Ratio, places: number): string {
  const text = toDecimalString(value, places);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function fail(line: number, column: string, message: string): { issue: ImportIssue } {
  return { issue: { line, column, message } };
}

type RowResult = { record: ObservationRecord; dollars: Ratio } | { issue: ImportIssue };

function readRow(get: (c: string) => string, line: number, sourceId: string): RowResult {
  const freq = get("freqCode");
  if (freq !== "A") return fail(line, "freqCode", `"${freq}" is ${freq === "M" ? "a monthly" : "not an annual"} row; only annual (A) totals can be imported`);
  const cmd = get("cmdCode");
  if (cmd !== "TOTAL") return fail(line, "cmdCode", `"${cmd}" is a commodity row; only the all-commodities total (TOTAL) can be imported`);
  for (const [column, total, what] of TOTAL_ONLY) {
    const v = get(column);
    if (v !== "" && v !== total) return fail(line, column, `"${v}" is ${what}; only totals (${total}) can be imported`);
  }
  const reporter = ISO_NUMERIC[get("reporterCode")];
  if (!reporter || reporter === "WLD") return fail(line, "reporterCode", `unknown reporter code "${get("reporterCode")}": expected 156 (China) or 398, 417, 762, 795, 860`);
  const partner = ISO_NUMERIC[get("partnerCode")];
  if (!partner) return fail(line, "partnerCode", `unknown partner code "${get("partnerCode")}": expected 0 (World), 156 (China) or 398, 417, 762, 795, 860`);
  const flow = FLOW[get("flowCode")];
  if (!flow) return fail(line, "flowCode", `"${get("flowCode")}" is not X (export) or M (import)`);
  const year = get("refYear");
  if (!/^\d{4}$/.test(year)) return fail(line, "refYear", `"${year}" is not a four-digit year`);
  const value = get("primaryValue");
  if (!isDecimal(value) || value.startsWith("-")) return fail(line, "primaryValue", `"${value}" is not a US-dollar amount: write a plain non-negative number such as 12540255381`);
  const dollars = parseDecimal(value);
  const places = (value.split(".")[1]?.length ?? 0) + 6;
  const parsed = observationRecord.safeParse({
    period: year,
    periodType: "year",
    reporter,
    partner,
    flow,
    value: plain(div(dollars, pow10(6)), places),
    unit: "million",
    currency: "USD",
    status: "reported",
    primary: true,
    sourceId,
    note: `UN Comtrade primaryValue US$${value}`,
  });
  if (!parsed.success) return { issue: zodIssues(line, parsed.error, { reporter: "reporterCode", partner: "partnerCode", period: "refYear" })[0] ?? { line, column: "", message: "invalid row" } };
  return { record: parsed.data, dollars };
}

const million = (d: Ratio) => plain(div(d, pow10(6)), 12);

type Rows = Parsed<ObservationRecord>[];
type Dollars = Map<ObservationRecord, Ratio>;

const finder = (rows: Rows) => (period: string, reporter: Reporter, partner: Partner, flow: ObservationRecord["flow"]) =>
  rows.find((r) => r.record.period === period && r.record.reporter === reporter && r.record.partner === partner && r.record.flow === flow);

const refOf = ({ record: o }: Parsed<ObservationRecord>) => ({ ref: { period: o.period, reporter: o.reporter, partner: o.partner, flow: o.flow, currency: o.currency, sourceId: o.sourceId } });

/** A derived row, its formula the sum of the rows it is derived from. */
function derive(from: Parsed<ObservationRecord>, partner: Partner, flow: ObservationRecord["flow"], value: Ratio, derivation: string, parts: Parsed<ObservationRecord>[], dollars: Dollars) {
  const { note: _note, ...rest } = from.record;
  void _note;
  const record: ObservationRecord = { ...rest, partner, flow, value: million(value), status: "derived", derivation, formula: { op: "sum", inputs: parts.map(refOf) } };
  dollars.set(record, value);
  return { line: from.line, record };
}

/** The five countries' sum (CA5) of each flow, where China reports all five. */
function ca5Sums(rows: Rows, dollars: Dollars): Rows {
  const find = finder(rows);
  return [...new Set(rows.map((r) => r.record.period))].flatMap((period) =>
    (["export", "import"] as const).flatMap((flow) => {
      const parts = COUNTRIES.map((c) => find(period, "CHN", c, flow));
      if (parts.some((p) => !p) || find(period, "CHN", "CA5", flow)) return [];
      const all = parts as Parsed<ObservationRecord>[];
      const sum = all.reduce((s, p) => add(s, dollars.get(p.record) as Ratio), parseDecimal("0"));
      const what = flow === "export" ? "China's exports to" : "China's imports from";
      return [derive(all[0] as Parsed<ObservationRecord>, "CA5", flow, sum, `sum of ${what} KAZ+KGZ+TJK+TKM+UZB (UN Comtrade)`, all, dollars)];
    }),
  );
}

/** A total (export + import) for every cell that has both flows and no total. */
function flowTotals(rows: Rows, dollars: Dollars): Rows {
  const find = finder(rows);
  const cells = new Map(rows.map((r) => [`${r.record.period}|${r.record.reporter}|${r.record.partner}`, r.record]));
  return [...cells.values()].flatMap(({ period, reporter, partner }) => {
    const ex = find(period, reporter, partner, "export");
    const im = find(period, reporter, partner, "import");
    if (!ex || !im || find(period, reporter, partner, "total")) return [];
    const total = add(dollars.get(ex.record) as Ratio, dollars.get(im.record) as Ratio);
    return [derive(ex, partner, "total", total, `export + import (${ex.record.value} + ${im.record.value}) from UN Comtrade`, [ex, im], dollars)];
  });
}

/** A UN Comtrade export: annual, all-commodity rows between China and the five, in US dollars. */
export function readComtrade(table: CsvTable, sourceId: string): ParseResult<ObservationRecord> {
  const records: Parsed<ObservationRecord>[] = [];
  const issues: ImportIssue[] = [];
  const dollars = new Map<ObservationRecord, Ratio>();
  for (const row of table.rows) {
    const result = readRow(rowReader(table.header, row), row.line, sourceId);
    if ("issue" in result) issues.push(result.issue);
    else {
      records.push({ line: row.line, record: result.record });
      dollars.set(result.record, result.dollars);
    }
  }
  if (issues.length) return { records, issues };
  // Derived rows a maintainer would otherwise have to work out by hand, each saying how.
  const withSums = [...records, ...ca5Sums(records, dollars)];
  return { records: [...withSums, ...flowTotals(withSums, dollars)], issues };
}
