import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { sourceLookup } from "@/lib/view/provenance";
import type { CheckClaimJson } from "@/lib/schema/api-check";
import { coverage, type Coverage } from "./coverage";
import { coverageListHtml, type CoverageListClasses } from "./coverage-html";

const data = getDataset();
const sources = sourceLookup(data.sources);
const classes: CoverageListClasses = {
  row: "panel row",
  sentence: "sentence",
  source: "source",
  figuresLabel: "label",
  figures: "figures",
  class: { china: "c china", partner: "c partner", neither: "c neither", none: "c none" },
  noData: "nodata",
};

describe("the coverage list as HTML", () => {
  const en = coverage(data, "en");
  const html = coverageListHtml(en, "en", sources, classes);

  it("has every sentence and every figure once, each with its class", () => {
    expect(html.match(/<li class="panel row" data-source="/g)).toHaveLength(en.rows.length);
    expect(html.match(/<li data-class="/g)).toHaveLength(en.figures);
    expect(html.match(/<li data-class="china"/g)).toHaveLength(en.counts.china);
    expect(html.match(/<li data-class="none"/g)).toHaveLength(en.counts.none);
  });

  it("writes a row as the page showed it: sentence, source on the sources page, the check, each verdict", () => {
    const start = html.indexOf('<li class="panel row" data-source="kazinform-2022-09-13">');
    const row = html.slice(start, html.indexOf("</ul></li>", start) + 10);
    expect(row).toBe(
      '<li class="panel row" data-source="kazinform-2022-09-13">' +
        '<blockquote class="sentence" lang="en">bilateral trade last year returned to pre-pandemic levels and amounted to $25 billion</blockquote>' +
        '<p class="source"><a href="/en/sources#src-kazinform-2022-09-13">Kazinform</a> (13 September 2022) · <a href="/en/check?source=kazinform-2022-09-13">Check it on the checker\'s page</a></p>' +
        '<p class="label">Figures and verdicts</p>' +
        '<ul class="figures"><li data-class="china"><span class="verdict verdict--rounded">rounded</span> <q lang="en">$25 billion</q>: <span class="c china">China\'s figures</span>. ' +
        "matches China's customs (US$25.25 billion), rounded; matches Kazinform (another source) (US$25 billion); matches Xinhua (another source) (US$25.25 billion), rounded</li></ul></li>",
    );
  });

  it("gives 'no data' the checker's own badge, in the page's language", () => {
    const id = coverageListHtml(coverage(data, "id"), "id", sources, classes);
    expect(html).toContain('<span class="verdict nodata">no data</span>');
    expect(id).toContain('<span class="verdict nodata">tidak ada data</span>');
    expect(id).toContain('href="/id/check?source=antara-2025-06-17"');
  });

  it("escapes what the data says: a sentence, a quote or a note is text, never markup", () => {
    const claim = { verdict: "no-data", quote: '"<b>5</b>"', data: null, otherSeries: [] } as unknown as CheckClaimJson;
    const row = { sourceId: "antara-2025-06-17", sentence: "A <script>x</script> & co", lang: "en", answer: { claims: [claim] }, classes: ["none"], briefs: ["<i>rule</i>"], link: "/en/check?source=a&b" } as unknown as Coverage["rows"][number];
    const out = coverageListHtml({ rows: [row], skipped: 0, counts: { china: 0, partner: 0, neither: 0, none: 1 }, figures: 1 }, "en", sources, classes);
    expect(out).toContain("A &lt;script&gt;x&lt;/script&gt; &amp; co");
    expect(out).toContain("<q lang=\"en\">&quot;&lt;b&gt;5&lt;/b&gt;&quot;</q>");
    expect(out).toContain(". &lt;i&gt;rule&lt;/i&gt;</li>");
    expect(out).toContain('href="/en/check?source=a&amp;b"');
    expect(out).not.toMatch(/<(script|b|i)>/);
  });
});
