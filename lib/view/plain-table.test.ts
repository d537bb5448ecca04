import { describe, expect, it } from "vitest";
import { escapeHtml, plainTableHtml } from "./plain-table";

describe("plainTableHtml", () => {
  it("writes a captioned table with row headers, in the page's classes", () => {
    expect(plainTableHtml({ id: "t", caption: "Trade", headers: ["Year", "US$"], rows: [["2024", "94,82"]] }, { wrap: "table-wrap", table: "data-table data-table--plain" })).toBe(
      '<div class="table-wrap" role="region" aria-labelledby="t-caption" tabindex="0"><table class="data-table data-table--plain" id="t"><caption id="t-caption">Trade</caption><thead><tr><th scope="col">Year</th><th scope="col">US$</th></tr></thead><tbody><tr><th scope="row">2024</th><td>94,82</td></tr></tbody></table></div>',
    );
  });

  it("writes no class attribute without a class", () => {
    expect(plainTableHtml({ id: "t", caption: "Trade", headers: [], rows: [] })).toMatch(/^<div role="region" [^>]*><table id="t">/);
  });

  it.each([
    ["<script>", "&lt;script&gt;"],
    ['a "b" & c', "a &quot;b&quot; &amp; c"],
    ["China ÷ mitra", "China ÷ mitra"],
  ])("escapes %s", (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});
