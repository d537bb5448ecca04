import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { invalidSettings, noScriptText, type CopyView } from "./notice";
import { getDataset } from "@/lib/data/load";
import { dashboardData } from "./dashboard-data";
import { parseView } from "./state";

const options = dashboardData(getDataset()).options;

describe("invalidSettings: a link's unknown settings in the reader's words", () => {
  it.each<["id" | "en", string, string]>([
    ["id", "currency=EUR&unit=zillion&year=1800", "mata uang, satuan, tahun pangsa"],
    ["en", "currency=EUR&unit=zillion&year=1800", "currency, unit, shares year"],
    ["en", "rate=custom&idrPerUsd=abc", "your rate"],
  ])("%s %s", (locale, query, expected) => {
    const { invalid } = parseView(new URLSearchParams(query), options);
    expect(invalidSettings(invalid, messagesFor(locale))).toBe(expected);
  });
});

describe("noScriptText: what a reader without JavaScript is told (issue #28, item 3)", () => {
  it.each<["id" | "en", CopyView | null, string]>([
    ["en", null, "Without JavaScript, this page shows its default view: US dollars (rupiah at the article's rate), 1992–2025. The settings in the page's address (currency, rate, years and the rest) need JavaScript."],
    [
      "id",
      "IDR-article",
      "Tanpa JavaScript, halaman ini tidak dapat menampilkan tampilan yang diminta tautannya (semua angka dalam rupiah pada kurs artikel), juga pengaturan lain di tautan itu (tahun dan lainnya): semuanya memerlukan JavaScript. Yang ditampilkan adalah tampilan bawaan: angka di bagian atas, grafik, dan tabel dalam dolar AS (angka di bagian atas juga dalam rupiah pada kurs artikel), 1992–2025.",
    ],
    ["id", "IDR-annual", "Tanpa JavaScript, halaman ini tidak dapat menampilkan tampilan yang diminta tautannya (semua angka dalam rupiah pada kurs rata-rata tiap tahun), "],
    [
      "en",
      "CNY",
      "Without JavaScript, this page cannot show the view its link asks for (every number in yuan), nor any other setting in the link (years and the rest): they need JavaScript. It shows the default view instead: the headline, figures and tables in US dollars (the headline also in rupiah at the article's rate), 1992–2025.",
    ],
  ])("%s %s", (locale, view, text) => {
    expect(noScriptText(messagesFor(locale), view, 1992, 2025).startsWith(text)).toBe(true);
  });
});
