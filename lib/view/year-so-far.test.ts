import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import type { Locale } from "@/lib/format/locale";
import { sourceLookup } from "./provenance";
import { ytdPanel } from "./year-so-far";

const data = getDataset();
const panel = (locale: Locale) => ytdPanel(data.observations, data, sourceLookup(data.sources), locale);

describe("the year-so-far panel in words", () => {
  it.each<[Locale, string, string]>([
    ["id", "Jan–Okt 2025: perdagangan China dengan kelima negara US$88,1 miliar, +14,1% dibanding US$77,2 miliar pada Jan–Okt 2024 (keduanya jumlah turunan dari angka kelima negara).", "Jan–Okt 2025 dibanding Jan–Okt 2024, US$"],
    ["en", "Jan–Oct 2025: China's trade with the five countries US$88.1 billion, +14.1% on US$77.2 billion in Jan–Oct 2024 (both derived sums of the five countries' figures).", "Jan–Oct 2025 against Jan–Oct 2024, US$"],
  ])("%s: leads with the five's latest comparison, labelled with its months", (locale, lead, caption) => {
    const p = panel(locale);
    expect(p.lead).toBe(lead);
    expect(p.groups.map((g) => g.caption)).toContain(caption);
  });

  it("names whose figure each row is: a country's own statistics, Indonesia as the yardstick", () => {
    const rows = panel("en").groups.flatMap((g) => g.rows.map((r) => `${g.now}: ${r.who}, ${r.flow}, ${r.current.text} against ${r.previous.text}, ${r.change}`));
    expect(rows).toContain("Jan–Nov 2025: Uzbekistan: own statistics, Total, US$14.6 billion against US$11.2 billion, +30.4%");
    expect(rows).toContain("Jan–Sep 2025: Indonesia (yardstick), Total, US$120.5 billion against US$105.62 billion, +14.1%");
    expect(rows).toContain("Jan–Jun 2025: Indonesia: own statistics, Indonesia's imports from China, US$40.2 billion against US$32.45 billion, +23.9%");
  });

  it("orders the spans newest year first, the five's own before the yardstick's and a partner's own", () => {
    expect(panel("en").groups.map((g) => g.now)).toEqual(["Jan–Oct 2025", "Jan–Sep 2025", "Jan–Nov 2025", "Jan–Jun 2025", "Jan–Oct 2024", "Jan–Jun 2024", "Jan–Sep 2024", "Jan–Sep 2023", "Jan–Aug 2022"]);
  });

  it("says which part-year figures have no same months a year before", () => {
    expect(panel("id").alone.map((a) => a.text)).toContain("Asia Tengah (5 negara), Total, Jan–Mei 2025: tidak ada angka Jan–Mei 2024 dalam data");
  });

  it("opens each number's provenance, a sum made of the five saying so", () => {
    const ca5 = panel("en").groups.find((g) => g.now === "Jan–Oct 2025")?.rows.find((r) => r.key === "CHN|CA5|total");
    expect(ca5?.current.provenance.lines.map((l) => l.label)).toContain("How it is derived");
    expect(ca5?.current.provenance.sources.map((s) => s.id)).toEqual(["intellinews-2025-12"]);
  });
});

describe("a five's total that is not the sum of the country rows says so, and by how much (issue #28)", () => {
  it.each<[Locale, string[]]>([
    [
      "en",
      [
        "Jan–Jun 2024: the five's total (US$44.32 billion) comes from its source, not from adding up the country rows, which come to US$44.54 billion (US$215.5 million more).",
        "Jan–Jun 2023: the five's total (US$39.9 billion) comes from its source, not from adding up the country rows, which come to US$39.93 billion (US$30 million more).",
      ],
    ],
    [
      "id",
      [
        "Jan–Jun 2024: total kelima negara (US$44,32 miliar) berasal dari sumbernya, bukan dari penjumlahan baris per negara, yang berjumlah US$44,54 miliar (US$215,5 juta lebih besar).",
        "Jan–Jun 2023: total kelima negara (US$39,9 miliar) berasal dari sumbernya, bukan dari penjumlahan baris per negara, yang berjumlah US$39,93 miliar (US$30 juta lebih besar).",
      ],
    ],
  ])("%s: Jan–Jun 2024's table", (locale, notes) => {
    const groups = panel(locale).groups;
    expect(groups.find((g) => g.key === "2024-01/2024-06|USD")?.notes).toEqual(notes);
    // Jan–Oct 2025's total is the five's sum, made here: no note; nor where the five are not all rows.
    expect(groups.filter((g) => g.notes.length).map((g) => g.key)).toEqual(["2024-01/2024-06|USD"]);
  });
});
