import { mul, ratio, toDecimalString } from "@/lib/money/ratio";
import { stepSourceIds } from "@/lib/trade/points";
import type { ConversionStepJson } from "@/lib/schema/api";
import type { DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { plainValue, type CellContext } from "./cells";
import type { FigureRow } from "./rows";

export const CSV_COLUMNS = [
  "figure",
  "period",
  "period_type",
  "partner",
  "flow",
  "value",
  "unit",
  "currency",
  "value_whole_units",
  "share_percent",
  "change_percent",
  "change_kind",
  "rate_basis",
  "rates_used",
  "rate_source_ids",
  "prices",
  "status",
  "source_ids",
  "not_available",
  "derivation",
] as const;

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
export const pricesText = (steps: readonly ConversionStepJson[]): string => {
  const base = steps.find((s) => s.rateBasis === "cpi_u" && s.operation === "multiply");
  return base ? `constant ${base.ratePeriod} USD (CPI-U)` : "";
};

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export const csvField = (field: string): string => (/[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/**
 * The displayed rows as CSV: the value column is the table's number (same unit, same two decimals,
 * a point as decimal separator), so a spreadsheet and the page agree.
 */
export function toCsv(figure: string, rows: readonly FigureRow[], ctx: Pick<CellContext, "currency" | "scale">, basis: RateBasis): string {
  const unit = ctx.scale ?? "one";
  const lines = rows.map((r) =>
    [
      figure,
      r.period,
      r.periodType,
      r.partner,
      r.flow,
      r.value ? plainValue(r.value, ctx.scale) : "",
      unit,
      ctx.currency,
      r.value ? toDecimalString(r.value, 0) : "",
      r.share ? toDecimalString(mul(r.share, ratio(100n)), 1) : "",
      r.change ? toDecimalString(mul(r.change, ratio(100n)), 2) : "",
      r.span ? `compound annual ${r.span.from}-${r.span.to}` : r.change !== undefined ? "on previous year" : "",
      rateBasisText(ctx.currency, basis, r.conversion),
      stepsText(r.conversion),
      r.conversion.map((s) => stepSourceIds(s).join(" + ")).join("; "),
      pricesText(r.conversion),
      r.status ?? "",
      r.sourceIds.join("; "),
      r.unavailable ?? "",
      r.derivation ?? "",
    ]
      .map(csvField)
      .join(","),
  );
  // A BOM so spreadsheet programs open the UTF-8 (en dash, yuan sign) correctly.
  return `\uFEFF${[CSV_COLUMNS.join(","), ...lines].join("\r\n")}\r\n`;
}
