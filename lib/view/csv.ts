import { csvText, type CsvColumn } from "@/lib/csv/cell";
import { mul, ratio, toDecimalString } from "@/lib/money/ratio";
import { stepSourceIds } from "@/lib/trade/points";
import type { ConversionStepJson } from "@/lib/schema/api";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { plainValue, type CellContext } from "./cells";
import type { ColumnOptions } from "./columns";
import type { FigureRow } from "./rows";

/** A figure's download: the table's numbers, the unit, the rate and sources of each row. */
const COLUMNS = [
  { name: "figure", kind: "code" },
  { name: "period", kind: "code" },
  { name: "period_type", kind: "code" },
  { name: "partner", kind: "code" },
  { name: "flow", kind: "code" },
  { name: "value", kind: "number" },
  { name: "unit", kind: "code" },
  { name: "currency", kind: "code" },
  { name: "value_whole_units", kind: "number" },
  { name: "share_percent", kind: "number" },
  { name: "ratio_percent", kind: "number" },
  { name: "change_percent", kind: "number" },
  { name: "change_kind", kind: "code" },
  { name: "rate_basis", kind: "code" },
  { name: "rates_used", kind: "code" },
  { name: "rate_source_ids", kind: "code" },
  { name: "prices", kind: "code" },
  { name: "status", kind: "code" },
  { name: "source_ids", kind: "code" },
  { name: "unavailable_reason", kind: "code" },
  { name: "derivation", kind: "text" },
] as const satisfies readonly CsvColumn[];

export const CSV_COLUMNS = COLUMNS.map((c) => c.name);

/** Each link of a conversion, machine-readable: "USD->IDR 17000 (your rate)", "USD*CPI-U 2025 321.943". */
export const stepsText = (steps: readonly ConversionStepJson[]): string =>
  steps
    .map((s) => {
      if (s.rateBasis === "cpi_u") return `USD${s.operation === "multiply" ? "*" : "/"}CPI-U ${s.ratePeriod} ${s.rate}`;
      return `${s.from}->${s.to} ${s.rate}${s.rateBasis === "reader_stated" ? " (your rate)" : s.rateStatus === "derived" ? ` (derived: mean of the ${s.ratePeriod} monthly averages)` : ""}`;
    })
    .join("; ");

/** Which rate a value went through, by name: the article's, each year's average, or "your rate". */
export function rateBasisText(currency: DisplayCurrency, basis: RateBasis, steps: readonly ConversionStepJson[]): string {
  if (currency === "IDR") return basis === "custom" ? "your rate" : basis;
  return steps.some((s) => s.rateBasis !== "cpi_u") ? "annual" : "";
}

/** "constant 2025 USD (CPI-U)" where a value was deflated; empty for nominal values. */
/** The sources of each rate a value went through ("; " between steps; a derived rate's month sources joined with " + "). */
export const rateSourcesText = (steps: readonly ConversionStepJson[]): string => steps.map((s) => stepSourceIds(s).join(" + ")).join("; ");

export const pricesText = (steps: readonly ConversionStepJson[]): string => {
  const base = steps.find((s) => s.rateBasis === "cpi_u" && s.operation === "multiply");
  return base ? `constant ${base.ratePeriod} USD (CPI-U)` : "";
};

/**
 * The displayed rows as CSV: the value column is the table's number (same unit, same two decimals,
 * a point as decimal separator), so a spreadsheet and the page agree. A share of the five is
 * `share_percent`; the five as a ratio of Indonesia (the table's "ratio" column) is `ratio_percent`.
 */
export function toCsv(figure: string, rows: readonly FigureRow[], ctx: Pick<CellContext, "currency" | "scale">, basis: RateBasis, columns: Pick<ColumnOptions, "ratio"> = {}): string {
  const unit = ctx.scale ?? "one";
  const lines = rows.map((r) => [
    figure,
    r.period,
    r.periodType,
    r.partner,
    r.flow,
    r.value ? plainValue(r.value, ctx.scale) : "",
    unit,
    ctx.currency,
    r.value ? toDecimalString(r.value, 0) : "",
    r.share && !columns.ratio ? toDecimalString(mul(r.share, ratio(100n)), 1) : "",
    r.share && columns.ratio ? toDecimalString(mul(r.share, ratio(100n)), 1) : "",
    r.change ? toDecimalString(mul(r.change, ratio(100n)), 2) : "",
    r.span ? `compound annual ${r.span.from}-${r.span.to}` : r.change !== undefined ? "on previous year" : "",
    rateBasisText(ctx.currency, basis, r.conversion),
    stepsText(r.conversion),
    rateSourcesText(r.conversion),
    pricesText(r.conversion),
    r.status ?? "",
    r.sourceIds.join("; "),
    r.unavailable ?? "",
    r.derivation ?? "",
  ]);
  // A BOM so spreadsheet programs open the UTF-8 (en dash, yuan sign) correctly.
  return `\uFEFF${csvText(COLUMNS, lines)}`;
}
