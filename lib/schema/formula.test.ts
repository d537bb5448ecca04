import { describe, expect, it } from "vitest";
import { formula } from "./formula";

const ref = { ref: { period: "2010", reporter: "CHN", partner: "KAZ", flow: "export", currency: "USD", sourceId: "imf-dots-chn" } };
const stated = { stated: { value: "70.2", unit: "billion", currency: "USD", sourceId: "cgtn-2023-05-16-2" }, precision: "0.1" };
const growth = { growth: { percent: "-5.2", sourceId: "eurasianet-2024-02" } };
const rate = { rate: { quote: "CNY", period: "2013", basis: "annual_average_official", sourceId: "pboc-safe-official" } };

describe("a formula's operation takes the inputs it names, in order", () => {
  it.each<[string, unknown, string | null]>([
    ["a sum of a ref and a stated amount", { op: "sum", inputs: [ref, stated] }, null],
    ["a sum of one amount", { op: "sum", inputs: [ref] }, "sum takes two or more amounts; found ref"],
    ["a sum with a growth", { op: "sum", inputs: [ref, growth] }, "sum takes two or more amounts; found ref, growth"],
    ["a difference of three", { op: "difference", inputs: [ref, ref, ref] }, "difference takes two amounts"],
    ["a mean of two", { op: "mean", inputs: [ref, stated] }, null],
    ["before-growth, amount then growth, rounded output", { op: "before-growth", inputs: [stated, growth], precision: "0.01" }, null],
    ["before-growth, growth first", { op: "before-growth", inputs: [growth, stated] }, "before-growth takes an amount, then a growth; found growth, stated"],
    ["convert, amount then rate", { op: "convert", inputs: [ref, rate] }, null],
    ["an unknown operation", { op: "product", inputs: [ref, ref] }, "Invalid option"],
    ["a precision of zero", { op: "sum", inputs: [ref, ref], precision: "0" }, "must be greater than zero"],
    ["a stated amount without its source", { op: "sum", inputs: [ref, { stated: { value: "1", unit: "billion", currency: "USD" } }] }, "Invalid input"],
    ["a ref with an unknown field", { op: "sum", inputs: [{ ...ref, weight: 2 }, ref] }, "Unrecognized key: \"weight\""],
  ])("%s", (_label, input, problem) => {
    const parsed = formula.safeParse(input);
    if (problem === null) expect(parsed.success).toBe(true);
    else expect(parsed.error?.issues.map((i) => i.message).join("; ")).toContain(problem);
  });
});
