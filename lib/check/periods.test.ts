import { describe, expect, it } from "vitest";
import { periodMentions } from "./periods";

const read = (text: string) =>
  periodMentions(text).map((m) => (m.date ? "date" : m.period ? m.period.period : m.months ? `months ${m.months.join("-")}${m.relative !== undefined ? ` rel ${m.relative}` : ""}` : `rel ${m.relative}`) + (m.by ? " by" : ""));

describe("periodMentions: years, parts of years and months, in both languages", () => {
  it.each<[string, string[]]>([
    ["in 2024", ["2024"]],
    ["pada 2024", ["2024"]],
    ["from 312.04 billion yuan in 2013 to 674.15 billion yuan in 2024", ["2013", "2024"]],
    ["in the first half of 2024", ["2024-01/2024-06"]],
    ["H1 2023", ["2023-01/2023-06"]],
    ["pada semester I 2024", ["2024-01/2024-06"]],
    ["paruh pertama 2024", ["2024-01/2024-06"]],
    ["second half of 2023", ["2023-07/2023-12"]],
    ["Januari–Oktober 2025", ["2025-01/2025-10"]],
    ["January-November 2024", ["2024-01/2024-11"]],
    ["Jan–May 2025", ["2025-01/2025-05"]],
    ["Januari hingga Oktober 2025", ["2025-01/2025-10"]],
    ["the first 11 months of 2022", ["2022-01/2022-11"]],
    ["In the first two months of 2026", ["2026-01/2026-02"]],
    ["10 bulan pertama 2025", ["2025-01/2025-10"]],
    ["Q1 2025", ["2025-01/2025-03"]],
    ["kuartal I 2025", ["2025-01/2025-03"]],
    ["February 2026", ["2026-02"]],
    ["on 17 June 2025", ["date"]],
    ["June 17, 2025", ["date"]],
    ["last year", ["rel -1"]],
    ["tahun lalu", ["rel -1"]],
    ["for two months of this year", ["months 1-2 rel 0"]],
    ["in the first five months", ["months 1-5"]],
    ["to $35 billion by 2030", ["2030 by"]],
    ["hingga 2030", ["2030 by"]],
    ["2013–2024", ["2013", "2024"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("leaves years inside money figures alone", () => {
    expect(periodMentions("worth $2024 billion in 2024", [{ start: 6, end: 19 }]).map((m) => m.period?.period)).toEqual(["2024"]);
  });
});
