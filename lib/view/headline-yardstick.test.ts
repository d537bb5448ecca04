import { describe, expect, it } from "vitest";
import { fromCompact } from "@/lib/data/compact";
import { getDataset } from "@/lib/data/load";
import type { Locale } from "@/lib/format/locale";
import { toDecimalString } from "@/lib/money/ratio";
import { headlineCompact, headlineData, headlineView } from "./headline-view";
import type { MoneyView } from "./state";

const data = getDataset();
const settings = (s: Partial<MoneyView>): MoneyView => ({ currency: "USD", rate: "article", idrPerUsd: null, prices: "nominal", base: 2025, unit: "auto", ...s });
const yardstick = (s: Partial<MoneyView>, locale: Locale, d = headlineData(data)) => headlineView(d, settings(s), locale)?.yardstick;

describe("the yardstick under the headline: China–Indonesia the same year, in the view's money", () => {
  it.each<[string, Partial<MoneyView>, Locale, string]>([
    ["US dollars", {}, "id", "Sebagai pembanding: perdagangan China–Indonesia 2024 US$147,99 miliar; Asia Tengah setara 64,1% dari itu."],
    ["US dollars", {}, "en", "For comparison: China–Indonesia trade in 2024 was US$147.99 billion; Central Asia's was 64.1% of that."],
    ["rupiah at the article's rate", { currency: "IDR" }, "id", "Sebagai pembanding: perdagangan China–Indonesia 2024 Rp2.411,65 triliun; Asia Tengah setara 64,1% dari itu."],
    ["rupiah at 2024's average", { currency: "IDR", rate: "annual" }, "id", "Sebagai pembanding: perdagangan China–Indonesia 2024 Rp2.344,31 triliun; Asia Tengah setara 64,1% dari itu."],
    ["rupiah at your rate", { currency: "IDR", rate: "custom", idrPerUsd: "17000" }, "en", "For comparison: China–Indonesia trade in 2024 was Rp2,515.83 trillion; Central Asia's was 64.1% of that."],
    // The headline shows the five as China stated them in yuan (CN¥674.15 billion); the ratio reads the dollar figures, and says so.
    ["yuan", { currency: "CNY" }, "en", "For comparison: China–Indonesia trade in 2024 was CN¥1.06 trillion; Central Asia's was 64.1% of that; both figures from US dollars at the 2024 average rate (Central Asia: CN¥682.3 billion)."],
    ["yuan", { currency: "CNY" }, "id", "Sebagai pembanding: perdagangan China–Indonesia 2024 CN¥1,06 triliun; Asia Tengah setara 64,1% dari itu; kedua angka dari dolar AS pada kurs rata-rata 2024 (Asia Tengah: CN¥682,3 miliar)."],
    ["a fixed unit", { unit: "million" }, "en", "For comparison: China–Indonesia trade in 2024 was US$147,990 million; Central Asia's was 64.1% of that."],
    ["constant 2010 dollars", { prices: "constant", base: 2010 }, "en", "For comparison: China–Indonesia trade in 2024 was US$102.87 billion; Central Asia's was 64.1% of that."],
  ])("%s (%s)", (_label, s, locale, words) => {
    expect(yardstick(s, locale)?.words).toBe(words);
  });

  it("reads the share from the two dollar figures as stated: 94.82 ÷ 147.99, whatever the rate", () => {
    const y = yardstick({ currency: "IDR", rate: "annual" }, "en");
    expect(y && toDecimalString(y.share.value, 6)).toBe("0.640719");
    expect(y?.share.provenance.lines.map((l) => l.value)).toContain("US$94.82 billion ÷ US$147.99 billion, both China's figures in US dollars as stated (no rate moves it)");
    expect(y?.value.provenance.sources.map((s) => s.id)).toEqual(["aktamedia-2025-09-03", "ap-2025-05-25"]);
    expect(y?.source).toMatchObject({ id: "aktamedia-2025-09-03", label: "Yardstick 2024" });
  });

  it("is the same from the few figures the browser gets", () => {
    const compact = fromCompact(headlineCompact(data));
    expect(yardstick({ currency: "IDR", rate: "custom", idrPerUsd: "16500" }, "id", { ...compact, sources: compact.sources })?.words).toBe(yardstick({ currency: "IDR", rate: "custom", idrPerUsd: "16500" }, "id")?.words);
  });
});
