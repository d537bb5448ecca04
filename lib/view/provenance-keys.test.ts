import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { provenanceMapJson } from "@/lib/schema/provenance";
import { pageProvenance } from "@/lib/article/page-provenance";
import type { Provenance } from "./provenance";
import { isProvenanceMap, keyed, provenanceMap, refOf, type ProvenanceRef } from "./provenance-keys";

const source = (id: string, publisher: string) => ({ id, publisher, title: "t", date: "2025", url: "https://example.org/" });
const prov = (...sources: ReturnType<typeof source>[]): Provenance => ({ heading: "h", lines: [{ label: "l", value: "v" }], sources });

describe("refOf: what a number's button carries", () => {
  const imf = source("imf-dots-chn", "International Monetary Fund, Direction of Trade Statistics (xlsx download committed to GitHub repo SamLeBlanc/Direction-of-Trade-Map)");
  const bi = source("bi-rate", "Bank Indonesia");
  it.each<[string, Provenance, ReadonlySet<string> | undefined, ProvenanceRef["source"]]>([
    ["the figure's own source, first, linked on the page", prov(imf, bi), undefined, { href: "#src-imf-dots-chn", name: "International Monetary Fund, Direction of Trade Statistics" }],
    ["a source the page lists", prov(bi), new Set(["bi-rate"]), { href: "#src-bi-rate", name: "Bank Indonesia" }],
    ["a source the page does not list: its entry on the sources page", prov(bi), new Set(["other"]), { href: "/en/sources#src-bi-rate", name: "Bank Indonesia" }],
    ["no source at all", prov(), undefined, null],
  ])("%s", (_what, p, onPage, expected) => {
    expect(refOf(keyed("k", p), "en", onPage)).toEqual({ key: "k", source: expected });
  });
});

describe("provenanceMap", () => {
  it("maps each key to its provenance", () => {
    expect(provenanceMap([keyed("a", prov()), keyed("b", prov(source("x", "X")))])).toEqual({ a: prov(), b: prov(source("x", "X")) });
  });

  it("refuses a key used twice: one number would show the other's provenance", () => {
    expect(() => provenanceMap([keyed("a", prov()), keyed("a", prov(source("x", "X")))])).toThrow(/a is used twice/);
  });
});

describe("isProvenanceMap, the browser's check, says what the schema says", () => {
  const real = getDataset();
  it.each<[string, unknown]>([
    ["the dashboard's map", pageProvenance("dashboard", real, "id")],
    ["the goods page's map", pageProvenance("goods", real, "en")],
    ["an empty map", {}],
    ["a line in another language", { k: { heading: "h", lines: [{ label: "l", value: "v", lang: "id" }], sources: [] } }],
    ["null", null],
    ["an array", [prov()]],
    ["a provenance without heading", { k: { lines: [], sources: [] } }],
    ["a line without value", { k: { heading: "h", lines: [{ label: "l" }], sources: [] } }],
    ["a line whose lang is a number", { k: { heading: "h", lines: [{ label: "l", value: "v", lang: 1 }], sources: [] } }],
    ["a source without url", { k: { heading: "h", lines: [], sources: [{ id: "i", publisher: "p", title: "t", date: "d" }] } }],
    ["sources that are not a list", { k: { heading: "h", lines: [], sources: "s" } }],
  ])("%s", (_what, body) => {
    expect(isProvenanceMap(body)).toBe(provenanceMapJson.safeParse(body).success);
  });
});
