import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { CARD_VIEWS, shareCard } from "./share-card";

describe("share cards", () => {
  const data = getDataset();

  it.each(CARD_VIEWS.flatMap((view) => (["id", "en"] as const).map((locale) => [view, locale] as const)))("%s (%s) says what the page's headline says, in its alt text too", (view, locale) => {
    const card = shareCard(data, locale, view);
    expect(card.alt).toBe(`${card.title}. ${card.eyebrow}: ${card.main}, ${card.second}. ${card.change}. ${card.source}.`);
  });

  it("the yuan card's change is between two yuan figures of one kind, as the page's is (#18 item 2)", () => {
    const card = shareCard(data, "en", "CNY");
    expect([card.main, card.change]).toEqual([
      "CN¥674.15 billion",
      "+CN¥49.26 billion (+7.8%) from 2023 (CN¥633.03 billion); both years from US dollars at each year's average rate (2024: CN¥682.3 billion)",
    ]);
    expect(card.source).toBe(
      "Source: Xinhua, 15 June 2025; The Astana Times, January 2025; bne IntelliNews, 4 February 2024; Board of Governors of the Federal Reserve System (FRED series AEXCHUS), extracted by datasets/exchange-rates, 3 March 2026; Board of Governors of the Federal Reserve System, 1 February 2024",
    );
  });

  it("the annual-rate card names Bank Indonesia's rates, not the article's (#18 item 3)", () => {
    const card = shareCard(data, "id", "IDR-annual");
    expect(card.change).toBe("+Rp138,96 triliun (+10,2%) dibanding 2023 (Rp1.363,08 triliun); 2023 dengan rata-ratanya sendiri, Rp15.247 per US$1");
    expect(card.source).toContain("Republic of Indonesia, SEC Form 18-K/A, Exhibit 99.D, 25 Juli 2025");
    expect(card.source).not.toContain("ANTARA");
  });
});
