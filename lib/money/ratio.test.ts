import { describe, expect, it } from "vitest";
import { add, compare, div, isExactAt, mul, parseDecimal, parseScaled, pow10, ratio, roundTo, sub, toDecimalString, toInteger } from "./ratio";

const d = parseDecimal;

describe("parseDecimal", () => {
  it.each([
    ["94.82", 4741n, 50n],
    ["460", 460n, 1n],
    ["0.08", 2n, 25n],
    ["-1.5", -3n, 2n],
    ["16296", 16296n, 1n],
  ])("%s -> %s/%s", (text, num, den) => {
    expect(d(text)).toEqual({ num, den });
  });

  it.each(["", "1e9", "1,5", " 1", "abc", "1.", ".5", "--1", "NaN"])("rejects %j", (text) => {
    expect(() => d(text)).toThrow(RangeError);
  });
});

describe("exact arithmetic", () => {
  it.each([
    // [expression, expected decimal string at 2 places]
    ["94.82e9 USD at 16296", mul(mul(d("94.82"), ratio(10n ** 9n)), d("16296")), "1545186720000000.00"],
    ["0.1 + 0.2", add(d("0.1"), d("0.2")), "0.30"],
    ["94.82 - 89.4", sub(d("94.82"), d("89.4")), "5.42"],
    ["312.04e9 CNY / 6.1932", div(mul(d("312.04"), ratio(10n ** 9n)), d("6.1932")), "50384292449.78"],
    ["460e6 USD at 2029.92", mul(mul(d("460"), ratio(10n ** 6n)), d("2029.92")), "933763200000.00"],
  ])("%s", (_label, value, expected) => {
    expect(toDecimalString(value, 2)).toBe(expected);
  });

  it("keeps 1/3 exact until it is written out", () => {
    const third = div(ratio(1n), ratio(3n));
    expect(toInteger(mul(third, ratio(3n)))).toBe(1n);
    expect(isExactAt(third, 10)).toBe(false);
    expect(toDecimalString(third, 4)).toBe("0.3333");
  });
});

describe("rounding", () => {
  it.each([
    ["2.5", 0, "3"],
    ["-2.5", 0, "-3"],
    ["2.449", 1, "2.4"],
    ["2.45", 1, "2.5"],
    ["0.005", 2, "0.01"],
    ["123", 2, "123.00"],
  ])("%s to %i places is %s", (text, places, expected) => {
    expect(toDecimalString(roundTo(d(text), places), places)).toBe(expected);
  });

  it("compares exactly", () => {
    expect(compare(d("94.82"), d("94.820"))).toBe(0);
    expect(compare(d("89.4"), d("94.82"))).toBe(-1);
  });
});

describe("parseScaled", () => {
  it.each([
    ["94.82", 9, "94820000000"],
    ["50228.894919", 6, "50228894919"],
    ["0.0000001", 6, "0.1"],
    ["-1.5", 0, "-1.5"],
  ])("%s × 10^%i = %s, exactly as parseDecimal × pow10", (text, exp, expected) => {
    const r = parseScaled(text, exp);
    expect(r).toEqual(mul(parseDecimal(text), pow10(exp)));
    expect(toDecimalString(r, expected.includes(".") ? expected.split(".")[1]!.length : 0)).toBe(expected);
  });
});
