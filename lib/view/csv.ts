import { mul, ratio, toDecimalString } from "@/lib/money/ratio";
import type { RateBasis } from "@/lib/schema/primitives";
import { scaled, type CellContext } from "./cells";
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
  "rate_basis",
  "rates_used",
  "rate_source_ids",
  "status",
  "source_ids",
  "not_available",
  "derivation",
] as const;

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
      r.value ? toDecimalString(scaled(r.value, ctx.scale), 2) : "",
      unit,
      ctx.currency,
      r.value ? toDecimalString(r.value, 0) : "",
      r.share ? toDecimalString(mul(r.share, ratio(100n)), 1) : "",
      ctx.currency === "IDR" ? basis : r.conversion.length ? "annual" : "",
      r.conversion.map((s) => `${s.from}->${s.to} ${s.rate}`).join("; "),
      r.conversion.map((s) => s.rateSourceId).join("; "),
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
