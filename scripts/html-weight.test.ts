import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, without type declarations
import { flightRows, flightText, markupSections, payloadSections } from "./html-weight.mjs";

/** A page as Next sends it: markup, then the payload pushed in script chunks (here two, split mid-row). */
const payload = [
  '0:["$","main",null,{"id":"main","children":[["$","p",null,{"children":"Hi"}],"text",["$","section",null,{"id":"s","children":"$L2"}],"$L3"]}]\n',
  '1:I[1,[],"Button"]\n',
  '2:[["$","$L1",null,{"provenance":{"heading":"x"},"children":"9"}]]\n',
  "3:T9,<b>é</b>",
].join("");
// The second chunk begins inside the last row's text.
const chunks = [payload.slice(0, -3), payload.slice(-3)].map((c) => `<script>self.__next_f.push(${JSON.stringify([1, c])})</script>`);
const html =
  '<html><body><header>h</header><main id="main"><p>Hi</p>text<!-- --><section class="c" id="s"><button>9</button></section>' +
  '<noscript><p>a <div> in a noscript</p></noscript><br/><div aria-labelledby="x"><img src="a"></div></main>' +
  chunks.join("") +
  "</body></html>";

describe("html-weight: what each part of a page weighs", () => {
  it("reads the payload's rows, JSON and long text, across chunks", () => {
    const rows = flightRows(flightText(html));
    expect([...rows.keys()]).toEqual(["0", "1", "2", "3"]);
    expect(rows.get("3")).toEqual({ bytes: Buffer.byteLength("3:T9,<b>é</b>"), value: "<b>é</b>", text: true });
    expect(rows.get("1").value).toBeNull();
  });

  it("splits <main>'s markup into its top-level elements, a noscript's text and void elements included", () => {
    expect(markupSections(html).map((s: { name: string }) => s.name)).toEqual(["p", "s", "noscript", "br", "x"]);
    expect(markupSections(html)[2].bytes).toBe("<noscript><p>a <div> in a noscript</p></noscript>".length);
  });

  it("counts each part's payload, the rows it refers to and its provenance objects", () => {
    const parts = payloadSections(flightRows(flightText(html)));
    expect(parts.get(0).bytes).toBe(JSON.stringify(["$", "p", null, { children: "Hi" }]).length);
    const row2 = '2:[["$","$L1",null,{"provenance":{"heading":"x"},"children":"9"}]]\n';
    expect(parts.get(1)).toEqual({ bytes: JSON.stringify(["$", "section", null, { id: "s", children: "$L2" }]).length + row2.length, provenance: '{"heading":"x"}'.length });
    expect(parts.get(2).bytes).toBe(JSON.stringify("$L3").length + Buffer.byteLength("3:T9,<b>é</b>"));
    // Every byte counts somewhere: the rest (<main> itself, the client component's module row) is outside.
    const total = [...parts.values()].reduce((n: number, p: { bytes: number }) => n + p.bytes, 0);
    expect(total).toBe(Buffer.byteLength(payload));
    const row0 = payload.split("\n")[0] ?? "";
    const children = [["$", "p", null, { children: "Hi" }], ["$", "section", null, { id: "s", children: "$L2" }], "$L3"].map((c) => JSON.stringify(c).length);
    expect(parts.get("outside").bytes).toBe(row0.length + 1 - children.reduce((a, b) => a + b) + '1:I[1,[],"Button"]\n'.length);
  });
});
