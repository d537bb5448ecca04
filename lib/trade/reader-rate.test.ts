import { describe, expect, it } from "vitest";
import { readerInput } from "./reader-rate";

describe("readerInput (what a reader types, as the page's language writes numbers)", () => {
  it.each<[string, "id" | "en", ReturnType<typeof readerInput>]>([
    ["16.296", "id", { ok: true, value: "16296" }],
    ["16.296,50", "id", { ok: true, value: "16296.50" }],
    ["17000", "id", { ok: true, value: "17000" }],
    ["17000,5", "id", { ok: true, value: "17000.5" }],
    [" 17 000 ", "id", { ok: true, value: "17000" }],
    ["16,296", "en", { ok: true, value: "16296" }],
    ["16,296.50", "en", { ok: true, value: "16296.50" }],
    ["16.296", "en", { ok: false, code: "format" }],
    ["16,296", "id", { ok: false, code: "format" }],
    ["abc", "en", { ok: false, code: "format" }],
    ["16.296,555", "id", { ok: false, code: "format" }],
    ["", "en", { ok: false, code: "missing" }],
  ])("%j on /%s → %j", (text, locale, expected) => {
    expect(readerInput(text, locale)).toEqual(expected);
  });
});
