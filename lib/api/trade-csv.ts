import type { TradeQuery, TradeResponse } from "@/lib/schema/api";
import { stepSourceIds } from "@/lib/trade/points";
import { csvField, pricesText, rateBasisText, stepsText } from "@/lib/view/csv";

/** The columns of /api/trade.csv: machine-readable (no separators, dot decimals), ISO codes, ids. */
export const TRADE_CSV_COLUMNS = [
  "reporter",
  "period",
  "period_type",
  "partner",
  "flow",
  "value",
  "currency",
  "value_usd",
  "status",
  "source_id",
  "stated_value",
  "stated_unit",
  "stated_currency",
  "rate_basis",
  "rates_used",
  "rate_periods",
  "rate_source_ids",
  "prices",
  "not_available",
  "derivation",
  "note",
] as const;

/** The JSON answer as CSV, one row per observation; `value` is whole units of the currency, exact. */
export function tradeCsv(r: TradeResponse): string {
  const rows = r.observations.map((o) =>
    [
      o.reporter,
      o.period,
      o.periodType,
      o.partner,
      o.flow,
      o.valueText ?? "",
      o.currency,
      o.valueUsd === null ? "" : String(o.valueUsd),
      o.status,
      o.sourceId,
      o.stated.value,
      o.stated.unit,
      o.stated.currency,
      o.conversion.some((s) => s.to === "IDR") ? rateBasisText("IDR", r.rate.basis, o.conversion) : rateBasisText(r.currency, r.rate.basis, o.conversion),
      stepsText(o.conversion),
      o.conversion.map((s) => s.ratePeriod).join("; "),
      o.conversion.map((s) => stepSourceIds(s).join(" + ")).join("; "),
      pricesText(o.conversion),
      o.unavailable?.reason ?? "",
      o.derivation ?? "",
      o.note ?? "",
    ]
      .map(csvField)
      .join(","),
  );
  return `${[TRADE_CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}

/** A file name that names the query, so two downloads never overwrite each other. */
export function tradeCsvFilename(q: TradeQuery): string {
  const parts = [
    "china-central-asia-trade",
    q.reporter,
    q.currency === "IDR" ? `IDR-${q.rate === "custom" ? `your-rate-${q.idrPerUsd}` : q.rate}` : q.prices === "constant" ? `USD-constant-${q.base ?? "latest"}` : q.currency,
    q.partner?.toSorted().join("+") ?? "all-partners",
    q.flow?.toSorted().join("+") ?? "all-flows",
    q.from !== undefined || q.to !== undefined ? `${q.from ?? "first"}-${q.to ?? "last"}` : "all-years",
  ];
  return `${parts.join("_")}.csv`;
}
