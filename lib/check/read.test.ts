import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { toDecimalString } from "@/lib/money/ratio";
import { readText, type Reading } from "./read";

/** A reading in one line: quote | kind stated | partner period flow currency qualifier [topic]. */
const brief = (r: Reading) =>
  `${r.quote} | ${r.kind} ${toDecimalString(r.stated, 4).replace(/\.?0+$/, "")} | ${r.partner ?? "-"} ${r.period?.period ?? "-"}${r.base ? ` since ${r.base.period}` : ""} ${r.flow} ${r.currency ?? "-"} ${r.qualifier}${r.topic === "trade" ? "" : ` [${r.topic}]`}`;

const read = (text: string, year?: number) => readText(text, year ? { year } : {}).map(brief);
const article = getDataset().sources.get(getDataset().context.article.sourceId)?.supports ?? "";

describe("readText: English sentences", () => {
  it.each<[string, string[]]>([
    ["Kazakhstan ranked first among China's trade partners in Central Asia in 2024, with trade turnover reaching $43.82 billion", ["$43.82 billion | level 43820000000 | KAZ 2024 total USD none"]],
    ["Trade between China and the countries of Central Asia reached $66.2 billion in 2024", ["$66.2 billion | level 66200000000 | CA5 2024 total USD none"]],
    // Two years in one sentence: each figure takes the year written after it.
    ["China's overall trade with Central Asia totaled $94.82 billion in 2024, up from $89.4 billion in 2023", ["$94.82 billion | level 94820000000 | CA5 2024 total USD none", "$89.4 billion | level 89400000000 | CA5 2023 total USD none"]],
    ["In 1992, trade between China and the five Central Asian countries totaled US $460 million; in 1995 it reached US $847 million", ["US $460 million | level 460000000 | CA5 1992 total USD none", "US $847 million | level 847000000 | CA5 1995 total USD none"]],
    // A share next to a level.
    ["In 2024 Kazakhstan accounted for 46% of the total, with $43.82 billion", ["46% | share 0.46 | KAZ 2024 total - none", "$43.82 billion | level 43820000000 | KAZ 2024 total USD none"]],
    // Per-country figures inside a regional sentence.
    ["China's trade with Central Asia totaled $94.82 billion in 2024; Kazakhstan $43.82 billion, Kyrgyzstan $22.71 billion", ["$94.82 billion | level 94820000000 | CA5 2024 total USD none", "$43.82 billion | level 43820000000 | KAZ 2024 total USD none", "$22.71 billion | level 22710000000 | KGZ 2024 total USD none"]],
    ["In 2022, China's trade with the five countries – namely Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan - totaled $70.2 billion", ["$70.2 billion | level 70200000000 | CA5 2022 total USD none"]],
    ["Trade with Uzbekistan and Turkmenistan reached $16.2 billion and $10 billion respectively in 2021", ["$16.2 billion | level 16200000000 | UZB 2021 total USD none", "$10 billion | level 10000000000 | TKM 2021 total USD none"]],
    // Flows told from the partner's side are China's opposite flows.
    ["Kazakh exports to China were valued at $16.3 billion in 2023, while imports amounted to $24.7 billion", ["$16.3 billion | level 16300000000 | KAZ 2023 import USD none", "$24.7 billion | level 24700000000 | KAZ 2023 export USD none"]],
    ["China's exports to Kyrgyzstan reached $19.9 billion in 2024", ["$19.9 billion | level 19900000000 | KGZ 2024 export USD none"]],
    ["Kyrgyzstan imported goods worth $19.9 billion from China in 2024", ["$19.9 billion | level 19900000000 | KGZ 2024 export USD none"]],
    ["In 2024 China's imports from Kazakhstan were $15.9bn", ["$15.9bn | level 15900000000 | KAZ 2024 import USD none"]],
    ["In 2024, with imports and exports up 1.1 percent and 5.9 percent to USD2.59 trillion and USD3.58 trillion, respectively, China's foreign trade grew", ["1.1 percent | growth 0.011 | WLD 2024 import - none", "5.9 percent | growth 0.059 | WLD 2024 export - none", "USD2.59 trillion | level 2590000000000 | WLD 2024 import USD none", "USD3.58 trillion | level 3580000000000 | WLD 2024 export USD none"]],
    // Qualifiers: a ceiling, a floor, about.
    ["A Kazakh minister said trade with Central Asia exceeded $32 billion in 2022", ["exceeded $32 billion | level 32000000000 | CA5 2022 total USD more-than"]],
    ["Trade with Central Asia was nearly $95 billion in 2024", ["nearly $95 billion | level 95000000000 | CA5 2024 total USD almost"]],
    ["Tajikistan's trade with China was about $1.96 billion in 2024", ["about $1.96 billion | level 1960000000 | TJK 2024 total USD about"]],
    // Changes, growth rates, multiples.
    ["Trade with Central Asia reached $94.82 billion in 2024, up $5.4 billion", ["$94.82 billion | level 94820000000 | CA5 2024 total USD none", "up $5.4 billion | change 5400000000 | CA5 2024 total USD none"]],
    ["Trade with Central Asia rose 27% in 2023 to $89.4 billion", ["27% | growth 0.27 | CA5 2023 total - none", "$89.4 billion | level 89400000000 | CA5 2023 total USD none"]],
    ["Turkmenistan's trade with China fell 5.2% in 2023", ["5.2% | growth -0.052 | TKM 2023 total - none"]],
    ["Turkmenistan's trade with China fell by US$0.6 billion in 2023", ["fell by US$0.6 billion | change -600000000 | TKM 2023 total USD none"]],
    ["China's trade with Central Asia tripled since 2014 to reach $94.8 billion in 2024", ["tripled | multiple 3 | CA5 2024 since 2014 total - none", "$94.8 billion | level 94800000000 | CA5 2024 total USD none"]],
    ["Trade grew from 312.04 billion yuan in 2013 to 674.15 billion yuan in 2024, an average annual growth of 7.3 percent", ["312.04 billion yuan | level 312040000000 | CA5 2013 total CNY none", "674.15 billion yuan | level 674150000000 | CA5 2024 total CNY none", "7.3 percent | growth 0.073 | CA5 2024 since 2013 total - none"]],
    // Numbers in every style.
    ["Trade with the C5 hit 94.82bn dollars in 2024", ["94.82bn dollars | level 94820000000 | CA5 2024 total USD none"]],
    ["The five Central Asian countries traded CN¥674.15 billion with China in 2024", ["CN¥674.15 billion | level 674150000000 | CA5 2024 total CNY none"]],
    // Part-years, Indonesia.
    ["In the first half of 2024, trade with Uzbekistan reached $6.5 billion", ["$6.5 billion | level 6500000000 | UZB 2024-01/2024-06 total USD none"]],
    ["China's trade with Indonesia was about $148 billion in 2024", ["about $148 billion | level 148000000000 | IDN 2024 total USD about"]],
    // "Last year" from the text's date.
    ["Bilateral trade between Kazakhstan and China last year amounted to $25 billion", ["$25 billion | level 25000000000 | KAZ 2021 total USD none"]],
  ])("%s", (text, expected) => {
    expect(read(text, 2022)).toEqual(expected);
  });
});

describe("readText: Indonesian sentences", () => {
  it.each<[string, string[]]>([
    // The article's own sentence, from data/: the rate in brackets is not a trade figure.
    [article, ["hampir 95 miliar dolar AS | level 95000000000 | CA5 2024 total USD almost", "naik 5,4 miliar dolar AS | change 5400000000 | CA5 2024 total USD none"]],
    ["Nilai perdagangan Kazakhstan dengan China pada 2024 mencapai 43,82 miliar dolar AS", ["43,82 miliar dolar AS | level 43820000000 | KAZ 2024 total USD none"]],
    ["Ekspor Kazakhstan ke China pada 2023 sebesar US$16,3 miliar, sementara impornya dari China US$24,7 miliar.", ["US$16,3 miliar | level 16300000000 | KAZ 2023 import USD none", "US$24,7 miliar | level 24700000000 | KAZ 2023 export USD none"]],
    ["Perdagangan Januari–Oktober 2025 dengan Asia Tengah mencapai US$88,1 miliar", ["US$88,1 miliar | level 88100000000 | CA5 2025-01/2025-10 total USD none"]],
    ["Pada semester I 2024, perdagangan dengan Asia Tengah mencapai US$45 miliar", ["US$45 miliar | level 45000000000 | CA5 2024-01/2024-06 total USD none"]],
    ["Kazakhstan menyumbang 46% dari total perdagangan China dengan Asia Tengah pada 2024", ["46% | share 0.46 | KAZ 2024 total - none"]],
    ["Nilai perdagangan dengan Asia Tengah pada 2024 setara Rp1.545,19 triliun", ["Rp1.545,19 triliun | level 1545190000000000 | CA5 2024 total IDR none"]],
    ["Perdagangan dengan Kirgistan naik 5,4% pada 2024 menjadi US$22,71 miliar", ["5,4% | growth 0.054 | KGZ 2024 total - none", "US$22,71 miliar | level 22710000000 | KGZ 2024 total USD none"]],
    ["Perdagangan dengan Tajikistan tumbuh tiga kali lipat sejak 2014 menjadi US$3,86 miliar pada 2024", ["tiga kali lipat | multiple 3 | TJK 2024 since 2014 total - none", "US$3,86 miliar | level 3860000000 | TJK 2024 total USD none"]],
    ["Perdagangan Indonesia dengan China pada paruh pertama 2024 mencapai US$70 miliar", ["US$70 miliar | level 70000000000 | IDN 2024-01/2024-06 total USD none"]],
    ["Perdagangan kelima negara dengan China lebih dari US$32 miliar pada 2022", ["lebih dari US$32 miliar | level 32000000000 | CA5 2022 total USD more-than"]],
    ["Perdagangan China–Asia Tengah sekitar 674,15 miliar yuan pada 2024", ["sekitar 674,15 miliar yuan | level 674150000000 | CA5 2024 total CNY about"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("readText: what it must not misread", () => {
  it.each<[string, string[]]>([
    ["Kurs rupiah Rp16.296 per dolar AS pada 17 Juni 2025", []],
    ["1 dolar AS = Rp16.296", []],
    ["In 2023 Kyrgyzstan imported 79,131 cars, 45 times more than in 2022", ["45 times | multiple 45 | KGZ 2023 since 2022 export - none [not-trade]"]],
    ["The pipeline carried 21.91 million tons of gas", []],
    ["China's direct investment in Central Asia exceeded USD 15 billion in 2023", ["exceeded USD 15 billion | level 15000000000 | CA5 2023 total USD more-than [not-trade]"]],
    ["Kazakhstan and China aim to raise trade to $35 billion by 2030", ["$35 billion | level 35000000000 | KAZ 2030 total USD none [target]"]],
    ["China's share of Central Asia's trade rose to 24.1% in 2024", ["24.1% | share 0.241 | CA5 2024 total - none [whose-share]"]],
    ["The summit brought more than 100 agreements and 2.3 percentage points of growth", []],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("says where each part of a reading came from", () => {
    const [r] = readText("Trade reached $94.82 billion in 2024");
    expect(r?.read).toEqual({ partner: "assumed", period: "text", flow: "text", currency: "text" });
    const [s] = readText("Bilateral trade last year was $25 billion", { year: 2022, partner: "KAZ" });
    expect(s?.read).toMatchObject({ partner: "source", period: "source" });
  });

  it("reads any text of up to 2,000 characters quickly, whatever it holds", () => {
    const junk = [article.repeat(12), "1.2.3.4,5,6 $$$ Rp Rp 99%%% ".repeat(70), "Kazakhstan and ".repeat(130), "a".repeat(2000)].map((s) => s.slice(0, 2000));
    const start = performance.now();
    for (const text of junk) expect(() => readText(text)).not.toThrow();
    expect(performance.now() - start).toBeLessThan(4000);
  });
});
