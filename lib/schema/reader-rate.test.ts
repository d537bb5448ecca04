import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReaderRate, READER_RATE_PATTERN } from "./reader-rate";

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

describe("READER_RATE_PATTERN (the rule as the OpenAPI document states it)", () => {
  const pattern = new RegExp(READER_RATE_PATTERN);
  it.each(["1000", "001000", "09999.99", "16296.5", "99999.99", "100000", "100000.0", "100000.00", "999.99", "0999.99", "100000.01", "100001", "0100000", "1000.", ".5", "1e4", "17,000", " 17000", "１７０００"])("%j: the pattern and checkReaderRate agree", (text) => {
    expect(pattern.test(text)).toBe(checkReaderRate(text).ok);
  });

  it("agrees with checkReaderRate on digits, dots and signs of any arrangement", () => {
    // Short strings over the characters that matter cover every boundary: digit counts, zeros, decimals.
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom("0", "1", "9", ".", "-"), maxLength: 10 }),
      fc.tuple(fc.integer({ min: 0, max: 1_000_100 }), fc.constantFrom("", ".0", ".00", ".5", ".01", ".99", ".999"), fc.constantFrom("", "0", "00")).map(([n, frac, zeros]) => `${zeros}${n}${frac}`),
    );
    fc.assert(fc.property(text, (s) => pattern.test(s) === checkReaderRate(s).ok), { numRuns: 5000 });
  });
});
