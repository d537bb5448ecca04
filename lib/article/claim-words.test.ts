import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { claimDerivation, claimRule, quoteGloss, ruleText } from "./claim-words";
import { checkClaims } from "./claims";

const checks = checkClaims(getDataset());
const byId = (id: string) => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};

describe("claimDerivation: implied numbers in the page's words and number style", () => {
  it.each<[string, Locale, string]>([
    ["total-2024-idr", "id", "US$95 miliar × Rp16.296 (kurs artikel)"],
    ["total-2024-idr", "en", "US$95 billion × Rp16,296 (the article's rate)"],
    ["total-2023", "id", "total 2024 (US$95 miliar) − kenaikan (US$5,4 miliar)"],
    ["total-2023", "en", "2024 total (US$95 billion) − increase (US$5.4 billion)"],
  ])("%s (%s)", (id, locale, expected) => {
    const d = byId(id).derivation;
    expect(d && claimDerivation(d, messagesFor(locale), locale)).toBe(expected);
  });
});

describe("claimRule", () => {
  it.each<[string, Locale, RegExp]>([
    ["total-2024", "id", /\(US\$500 juta\)\. Artikel menulis "hampir"/],
    ["change-2024", "en", /\(US\$50 million\)\.$/],
    ["rate", "en", /Rp162\.96|Rp162\.97/],
  ])("%s (%s) names its tolerance in the claim's unit", (id, locale, pattern) => {
    expect(claimRule(byId(id), messagesFor(locale), locale)).toMatch(pattern);
  });
});

describe("quoteGloss: the article's Indonesian phrase, said in English beside it", () => {
  it.each<[string, Locale, string | null]>([
    ["total-2024", "en", "almost US$95 billion"],
    ["change-2024", "en", "up US$5.4 billion"],
    ["rate", "en", "US$1 = Rp16,296"],
    ["total-2024", "id", null],
    ["total-2024-idr", "en", null],
  ])("%s (%s)", (id, locale, expected) => {
    expect(quoteGloss(byId(id), messagesFor(locale), locale)).toBe(expected);
  });
});

describe("ruleText: one set of rule words for the article and for a pasted sentence", () => {
  it.each<[Locale, "article" | "text", string]>([
    ["en", "article", 'The difference is at most half the article\'s last digit (US$500 million). The article says "almost", so the data must not exceed it.'],
    ["en", "text", 'The difference is at most half the sentence\'s last digit (US$500 million). The sentence says "nearly", so the data must not exceed it.'],
    ["id", "text", 'Selisih paling banyak setengah dari digit terakhir angka kalimat (US$500 juta). Kalimat itu menyebut "nearly", jadi data tidak boleh melebihinya.'],
  ])("%s, %s", (locale, voice, expected) => {
    const word = voice === "text" ? "nearly" : undefined;
    expect(ruleText({ code: "half-last-digit", tolerance: { num: 500_000_000n, den: 1n }, almost: true }, locale === "id" ? "US$500 juta" : "US$500 million", messagesFor(locale), voice, word)).toBe(expected);
  });

  it("words a floor", () => {
    expect(ruleText({ code: "floor", tolerance: { num: 1n, den: 2n } }, "US$1 billion", messagesFor("en"), "text", "exceeded")).toBe(
      'The sentence says "exceeded": a floor, so the data must be at least the figure and less than one more in its last digit (US$1 billion).',
    );
  });
});
