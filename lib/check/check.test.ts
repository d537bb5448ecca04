import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { checkAnswer } from "./answer";
import { checkText } from "./check";
import { yearPeriod } from "./periods";

const data = getDataset();
const en = (text: string) => checkAnswer(text, "en", data).claims;
const id = (text: string) => checkAnswer(text, "id", data).claims;

describe("the issue's done-when sentences", () => {
  it("Kazakhstan's 2024 turnover matches China's customs, with its source", () => {
    const [c] = en("Kazakhstan ranked first among China's trade partners in Central Asia in 2024, with trade turnover reaching $43.82 billion");
    expect(c).toMatchObject({ partner: "KAZ", period: "2024", flow: "total", verdict: "matches", stated: "43820000000", difference: "0" });
    expect(c?.data).toMatchObject({ series: "china", reporter: "CHN", value: "43820000000", valueText: "US$43.82 billion", sourceId: "astanatimes-2025-01" });
  });

  it("the Eurasian Development Bank's US$66.2 bn differs from China's US$94.82 bn, agrees with the regional figure, and says why sources differ", () => {
    const [c] = en("Trade between China and the countries of Central Asia reached $66.2 billion in 2024");
    expect(c).toMatchObject({ partner: "CA5", period: "2024", verdict: "differs", difference: "28620000000" });
    expect(c?.data).toMatchObject({ valueText: "US$94.82 billion", sourceId: "astanatimes-2025-01" });
    expect(c?.otherSeries).toEqual([expect.objectContaining({ series: "regional", verdict: "matches", value: "66200000000", sourceId: "timesca-2025" })]);
    expect(c?.summary).toBe("differs from China's customs (US$94.82 billion); matches Eurasian Development Bank (national data), 2024 (US$66.2 billion)");
    expect(c?.why).toMatch(/FOB .* CIF/);
  });
});

describe("verdicts, by the claim check's rules", () => {
  it.each<[string, string, string, string | null, string]>([
    // sentence, verdict, data value, rate basis, rule (start)
    ["Kyrgyzstan's trade with China was $22.71 billion in 2024", "matches", "22710000000", null, "The difference is at most half the sentence's last digit (US$5 million)."],
    ["Trade with Central Asia was nearly $95 billion in 2024", "rounded", "94820000000", null, 'The difference is at most half the sentence\'s last digit (US$500 million). The sentence says "nearly", so the data must not exceed it.'],
    ["Trade with Central Asia was nearly $94 billion in 2024", "differs", "94820000000", null, "The difference"],
    ["Trade with Central Asia exceeded $94 billion in 2024", "rounded", "94820000000", null, 'The sentence says "exceeded": a floor'],
    ["A Kazakh minister said trade with Central Asia exceeded $32 billion in 2022", "differs", "70200000000", null, 'The sentence says "exceeded"'],
    ["Trade with Central Asia reached Rp1.545,19 triliun in 2024", "rounded", "1545186720000000", "article", "The difference is at most half the sentence's last digit (Rp5 billion). Compared at the article's rate (Rp16,296)."],
    ["Perdagangan dengan Asia Tengah pada 2024 setara Rp1.502 triliun", "rounded", "1502043620000000", "annual_average", "The difference"],
    ["The five Central Asian countries traded CN¥674.15 billion with China in 2024", "matches", "674150000000", null, "The difference"],
    ["Trade with Central Asia rose 27% in 2023", "rounded", "0.273504", null, "The difference is at most half the sentence's last digit (0.5 percentage points). Computed from US dollar figures."],
    ["In 2024 Kazakhstan accounted for 46% of China's trade with Central Asia", "rounded", "0.462139", null, "The difference"],
    ["Trade with Central Asia reached $94.82 billion in 2024, up $5.4 billion", "matches", "94820000000", null, "The difference"],
    ["In January–May 2025 trade with Central Asia reached a record $39.8 billion", "matches", "39800000000", null, "The difference"],
  ])("%s: %s", (text, verdict, value, basis, rule) => {
    const [c] = en(text);
    expect(c?.verdict).toBe(verdict);
    expect(c?.data?.value).toBe(value);
    expect(c?.data?.rate?.basis ?? null).toBe(basis);
    expect(c?.rule.startsWith(rule)).toBe(true);
  });

  it("a change is the difference of two years of one series", () => {
    const [, change] = en("Trade with Central Asia reached $94.82 billion in 2024, up $5.4 billion");
    expect(change).toMatchObject({ kind: "change", verdict: "rounded", difference: "20000000" });
    expect(change?.data?.sourceIds).toEqual(["astanatimes-2025-01", "intellinews-2024-02-04"]);
  });

  it("a figure that differs from China's and agrees with the partner's own statistics says so", () => {
    const [c] = en("Kyrgyzstan's trade with China was $5.5 billion in 2024");
    expect(c?.verdict).toBe("differs");
    expect(c?.summary.startsWith("differs from China's customs (US$22.71 billion); matches Kyrgyzstan's own statistics (US$5.5 billion)")).toBe(true);
    expect(c?.otherSeries[0]).toMatchObject({ series: "own", reporter: "KGZ", sourceId: "trend-2025-03-17", verdict: "matches" });
  });

  it("the partner's own figures answer where China's are missing", () => {
    const [c] = en("Kazakhstan's exports to China reached $13.2 billion in 2022");
    expect(c).toMatchObject({ flow: "import", verdict: "matches" });
    expect(c?.data).toMatchObject({ series: "own", reporter: "KAZ", value: "13200000000", sourceId: "astanatimes-2023-04-20" });
  });

  it("answers in Indonesian with the page's number style", () => {
    const [c] = id("Trade between China and the countries of Central Asia reached $66.2 billion in 2024");
    expect(c?.summary).toBe("berbeda dari bea cukai China (US$94,82 miliar); sesuai dengan Bank Pembangunan Eurasia (data nasional), 2024 (US$66,2 miliar)");
    expect(c?.statedText).toBe("US$66,2 miliar");
  });
});

describe("no data, said cleanly", () => {
  it.each<[string, RegExp]>([
    ["In January–March 2023, trade with Turkmenistan reached $2.5 billion", /^The data has no figure for Turkmenistan, Jan–Mar 2023, total trade\.$/],
    ["In the first half of 2019, trade with Tajikistan reached $0.5 billion", /Tajikistan, Jan–Jun 2019/],
    ["Trade reached $50 billion", /names no year/],
    ["Kazakhstan and China aim to raise trade to $35 billion by 2030", /target/],
    ["China's investment in Central Asia exceeded $15 billion in 2023", /Not total trade \(“investment”\)/],
  ])("%s", (text, rule) => {
    const [c] = en(text);
    expect(c?.verdict).toBe("no-data");
    expect(c?.data).toBeNull();
    expect(c?.rule).toMatch(rule);
  });

  it("a text with no trade figure says so", () => {
    expect(checkAnswer("Xi arrived in Astana on Monday.", "en", data)).toMatchObject({ claims: [], note: expect.stringMatching(/no trade figure/) });
    expect(checkAnswer("Xi tiba di Astana pada Senin.", "id", data).note).toMatch(/tidak memuat angka perdagangan/);
  });
});

describe("the data's part-years, months and Indonesia", () => {
  it.each<[string, string, string]>([
    ["Perdagangan Januari–Oktober 2025 dengan Asia Tengah mencapai US$88,1 miliar", "matches", "88100000000"],
    ["China's trade with Indonesia was about $148 billion in 2024", "rounded", "147990000000"],
    ["In the first half of 2024, trade with Uzbekistan reached $6.5 billion", "differs", "6250000000"],
    ["In February 2026 China's trade with the world reached $500 billion", "differs", "508780000000"],
  ])("%s: %s", (text, verdict, value) => {
    const [c] = en(text);
    expect(c?.verdict).toBe(verdict);
    expect(c?.data?.value).toBe(value);
    expect(data.sources.has(c?.data?.sourceId ?? "")).toBe(true);
  });
});

describe("a reader's corrections", () => {
  it("override the reading and mark it", () => {
    const [asRead] = checkText("Trade reached $43.82 billion in 2024", data);
    expect(asRead).toMatchObject({ verdict: "differs", reading: { partner: "CA5", read: { partner: "assumed" } } });
    const [fixed] = checkText("Trade reached $43.82 billion in 2024", data, {}, [{ partner: "KAZ", period: yearPeriod(2024) }]);
    expect(fixed).toMatchObject({ verdict: "matches", reading: { partner: "KAZ", read: { partner: "override", period: "override" } } });
  });
});
