import { describe, expect, it } from "vitest";
import { checkReaderRate } from "./reader-rate";

describe("checkReaderRate (URL and API form)", () => {
  it.each<[string | undefined, ReturnType<typeof checkReaderRate>]>([
    ["17000", { ok: true, value: "17000" }],
    ["16296.5", { ok: true, value: "16296.5" }],
    ["16296.50", { ok: true, value: "16296.50" }],
    ["17000.00", { ok: true, value: "17000" }],
    ["1000", { ok: true, value: "1000" }],
    ["100000", { ok: true, value: "100000" }],
    ["999.99", { ok: false, code: "range" }],
    ["100000.01", { ok: false, code: "range" }],
    ["0", { ok: false, code: "range" }],
    ["16296.555", { ok: false, code: "format" }],
    ["-17000", { ok: false, code: "format" }],
    ["17,000", { ok: false, code: "format" }],
    ["1e4", { ok: false, code: "format" }],
    ["", { ok: false, code: "missing" }],
    [undefined, { ok: false, code: "missing" }],
  ])("%s → %j", (text, expected) => {
    expect(checkReaderRate(text)).toEqual(expected);
  });
});
