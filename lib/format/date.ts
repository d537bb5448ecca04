import type { Locale } from "./locale";

/** One date style per language: British English ("17 June 2025"), as the page's own texts write it. */
const DATE_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/**
 * Dates are as precise as their source: "2025" stays a year, "2025-01" a month. Formatted in UTC so
 * the server and the browser write the same day.
 */
export function formatPartialDate(text: string | null, locale: Locale): string {
  if (!text) return locale === "id" ? "tanpa tanggal" : "undated";
  const [y, m, d] = text.split("-").map(Number);
  if (!y) return text;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
    : m
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], options).format(date);
}

/**
 * Short months in three letters alike in both languages ("Jan–Sep" beside "Jan–Oct"): en-GB writes
 * "Sept", so English short months come from en-US, which differs from en-GB only there.
 */
const SHORT_MONTH_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-US" };

/** "2024", "Jan–Mei 2025" for a year-to-date range, "Feb 2026" for one month. */
export function formatPeriod(period: string, locale: Locale): string {
  const single = /^(\d{4})-(\d{2})$/.exec(period);
  if (single) return new Intl.DateTimeFormat(SHORT_MONTH_LOCALE[locale], { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(Number(single[1]), Number(single[2]) - 1, 1)));
  const range = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (!range) return period;
  const [, y1, m1, y2, m2] = range.map(Number);
  const month = new Intl.DateTimeFormat(SHORT_MONTH_LOCALE[locale], { month: "short", timeZone: "UTC" });
  const from = month.format(new Date(Date.UTC(y1 ?? 0, (m1 ?? 1) - 1, 1)));
  const to = month.format(new Date(Date.UTC(y2 ?? 0, (m2 ?? 1) - 1, 1)));
  return y1 === y2 ? `${from}–${to} ${y2}` : `${from} ${y1}–${to} ${y2}`;
}
