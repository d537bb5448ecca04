import { describe, expect, it } from "vitest";
import type { Locale } from "./locale";
import { formatPartialDate, formatPeriod } from "./date";

describe("formatPartialDate", () => {
  it.each<[string | null, Locale, string]>([
    ["2025-06-17", "id", "17 Juni 2025"],
    ["2025-06-17", "en", "17 June 2025"],
    ["2025-01", "id", "Januari 2025"],
    ["2022", "en", "2022"],
    [null, "en", "undated"],
  ])("%s in %s", (text, locale, expected) => {
    expect(formatPartialDate(text, locale)).toBe(expected);
  });
});

describe("formatPeriod", () => {
  it.each<[string, Locale, string]>([
    ["2024", "id", "2024"],
    ["2025-01/2025-05", "id", "Jan–Mei 2025"],
    ["2025-01/2025-05", "en", "Jan–May 2025"],
    ["2026-02", "id", "Feb 2026"],
    ["2026-02", "en", "Feb 2026"],
    ["2024-12/2025-01", "en", "Dec 2024–Jan 2025"],
  ])("%s in %s", (period, locale, expected) => {
    expect(formatPeriod(period, locale)).toBe(expected);
  });
});

describe("short months are three letters alike in both languages", () => {
  it.each([
    ["2025-01/2025-09", "en", "Jan–Sep 2025"],
    ["2025-01/2025-10", "en", "Jan–Oct 2025"],
    ["2025-09", "en", "Sep 2025"],
    ["2024-12/2025-02", "en", "Dec 2024–Feb 2025"],
    ["2025-01/2025-09", "id", "Jan–Sep 2025"],
    ["2025-01/2025-05", "id", "Jan–Mei 2025"],
    ["2022-01/2022-08", "id", "Jan–Agu 2022"],
  ] as const)("%s in %s: %s", (period, locale, text) => {
    expect(formatPeriod(period, locale)).toBe(text);
  });
});
