import { describe, expect, it } from "vitest";
import type { ObservationRecord, RateRecord } from "@/lib/schema/data";
import type { Formula, FormulaInput } from "@/lib/schema/formula";
import { formulaData, formulaProblem, showDecimal } from "./formula";
import { parseDecimal } from "@/lib/money/ratio";

/** A figure of 2010, China's side; `o(…)` overrides what a case needs. */
const o = (partner: ObservationRecord["partner"], flow: ObservationRecord["flow"], value: string, extra: Partial<ObservationRecord> = {}): ObservationRecord => ({
  period: "2010",
  periodType: "year",
  reporter: "CHN",
  partner,
  flow,
  value,
  unit: "million",
  currency: "USD",
  status: "reported",
  primary: true,
  sourceId: "src",
  ...extra,
});
const ref = (x: ObservationRecord, precision?: string): FormulaInput => ({ ref: { period: x.period, reporter: x.reporter, partner: x.partner, flow: x.flow, currency: x.currency, sourceId: x.sourceId }, ...(precision ? { precision } : {}) });
const stated = (value: string, unit: ObservationRecord["unit"] = "billion", precision?: string): FormulaInput => ({ stated: { value, unit, currency: "USD", sourceId: "src" }, ...(precision ? { precision } : {}) });
/** A derived figure, from a source of its own unless `x` names one. */
const derived = (x: ObservationRecord, formula: Formula): ObservationRecord => ({ ...x, sourceId: x.sourceId === "src" ? "calc" : x.sourceId, status: "derived", derivation: "(words)", formula });

const kazEx = o("KAZ", "export", "9318.2");
const kazIm = o("KAZ", "import", "11092.5");
const kgzEx = o("KGZ", "export", "4127.8");
const yuan = o("CA5", "total", "312.04", { period: "2013", unit: "billion", currency: "CNY" });
const rate: RateRecord = { base: "USD", quote: "CNY", period: "2013", basis: "annual_average_official", value: "6.1932", sourceId: "pboc" };
const data = formulaData([kazEx, kazIm, kgzEx, yuan], [rate]);

type Case = [label: string, figure: ObservationRecord, expected: string | null];

describe("formulaProblem recomputes a derived figure exactly", () => {
  it.each<Case>([
    ["export + import, exact", derived(o("KAZ", "total", "20410.7"), { op: "sum", inputs: [ref(kazEx), ref(kazIm)] }), null],
    ["one digit off, no precision stated", derived(o("KAZ", "total", "20410.8"), { op: "sum", inputs: [ref(kazEx), ref(kazIm)] }), "20410.8 million USD does not equal its formula sum(2010 KAZ export USD (src) 9318.2 million; 2010 KAZ import USD (src) 11092.5 million) = 20410.7 million USD"],
    ["units normalised: millions and billions", derived(o("CA5", "export", "13.446", { unit: "billion" }), { op: "sum", inputs: [ref(kazEx), ref(kgzEx)] }), null],
    ["a stated amount beside a ref", derived(o("CA5", "export", "9418.2"), { op: "sum", inputs: [ref(kazEx), stated("0.1")] }), null],
    ["difference", derived(o("KAZ", "import", "1774.3"), { op: "difference", inputs: [ref(kazIm), ref(kazEx)] }), null],
    ["mean", derived(o("KAZ", "total", "10205.35"), { op: "mean", inputs: [ref(kazEx), ref(kazIm)] }), null],
    ["convert, rounded to its last place", derived(o("CA5", "total", "50.38", { period: "2013", unit: "billion" }), { op: "convert", inputs: [ref(yuan), { rate: { quote: "CNY", period: "2013", basis: "annual_average_official", sourceId: "pboc" } }], precision: "0.01" }), null],
    ["convert, a quotient without its precision", derived(o("CA5", "total", "50.38", { period: "2013", unit: "billion" }), { op: "convert", inputs: [ref(yuan), { rate: { quote: "CNY", period: "2013", basis: "annual_average_official", sourceId: "pboc" } }] }), "= 50.384292450… billion USD"],
    ["before-growth: 70.2 ÷ 1.40 to 0.01", derived(o("CA5", "total", "50.14", { unit: "billion" }), { op: "before-growth", inputs: [stated("70.2"), { growth: { percent: "40", sourceId: "src" } }], precision: "0.01" }), null],
    ["before-growth: a fall of 5.2%", derived(o("TKM", "total", "11.18", { unit: "billion" }), { op: "before-growth", inputs: [stated("10.6"), { growth: { percent: "-5.2", sourceId: "src" } }], precision: "0.01" }), null],
    ["a ref data/ does not hold", derived(o("CA5", "export", "1"), { op: "sum", inputs: [ref(kazEx), ref(o("TJK", "export", "1"))] }), "cannot recompute sum: its input 2010 TJK export USD (src) is not in data/observations.json"],
    ["a rate data/ does not hold", derived(o("CA5", "total", "1", { period: "2013" }), { op: "convert", inputs: [ref(yuan), { rate: { quote: "CNY", period: "2013", basis: "annual_average", sourceId: "pboc" } }] }), "its rate USD/CNY 2013 annual_average (pboc) is not in data/rates.json"],
    ["inputs in two currencies", derived(o("CA5", "total", "1"), { op: "sum", inputs: [ref(kazEx), ref(yuan)] }), "its inputs are in USD and CNY"],
    ["a result in another currency than the figure's", derived(o("CA5", "total", "1", { period: "2013", currency: "CNY" }), { op: "convert", inputs: [ref(yuan), { rate: { quote: "CNY", period: "2013", basis: "annual_average_official", sourceId: "pboc" } }] }), "its formula gives USD, the figure is in CNY"],
    ["itself as an input", { ...derived(kazEx, { op: "sum", inputs: [ref(kazEx), ref(kazIm)] }), sourceId: "src" }, "its formula names the figure itself as an input"],
  ])("%s", (_label, figure, expected) => {
    const problem = formulaProblem(figure, data);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});

describe("a rounded input is allowed exactly half a unit of its last place, no more", () => {
  // 23.6 + 39.8, each to 0.1 bn: the true sum lies within 63.3 to 63.5.
  const five = (value: string) => derived(o("CA5", "total", value, { unit: "billion" }), { op: "sum", inputs: [stated("23.6", "billion", "0.1"), stated("39.8", "billion", "0.1")] });
  it.each([
    ["63.4", null],
    ["63.3", null],
    ["63.5", null],
    ["63.2999", "63.2999 billion USD does not equal its formula sum(23.6 (to 0.1) billion USD stated by src; 39.8 (to 0.1) billion USD stated by src) = 63.4 billion USD (the stated precision allows 63.3 to 63.5)"],
    ["63.5001", "(the stated precision allows 63.3 to 63.5)"],
  ])("a sum of 23.6 and 39.8 given to 0.1 bn, stored as %s", (value, expected) => {
    const problem = formulaProblem(five(value), data);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });

  it("a rounded growth widens a quotient by what its half unit moves it, and the figure's own rounding adds half its last place", () => {
    // 70.2 ÷ 1.395 = 50.3226…, 70.2 ÷ 1.405 = 49.9644…; the figure is written to 0.01.
    const back = (value: string) => derived(o("CA5", "total", value, { unit: "billion" }), { op: "before-growth", inputs: [stated("70.2"), { growth: { percent: "40", sourceId: "src" }, precision: "1" }], precision: "0.01" });
    expect(formulaProblem(back("50.32"), data)).toBeNull();
    expect(formulaProblem(back("49.96"), data)).toBeNull();
    expect(formulaProblem(back("50.33"), data)).toContain("(the stated precision allows 49.959412811… to 50.327580645…)");
  });

  it("a precision in millions on an input in millions, for a figure in billions", () => {
    const f = derived(o("CA5", "export", "13.4", { unit: "billion" }), { op: "sum", inputs: [ref(kazEx, "100"), ref(kgzEx, "100")] });
    expect(formulaProblem(f, data)).toBeNull();
    expect(formulaProblem({ ...f, value: "13.55" }, data)).toContain("allows 13.346 to 13.546");
  });
});

describe("showDecimal", () => {
  it.each([
    ["1/4", "0.25"],
    ["1/3", "0.333333333…"],
    ["5", "5"],
  ])("%s", (text, shown) => {
    const [n, d = "1"] = text.split("/");
    expect(showDecimal({ num: parseDecimal(n as string).num, den: BigInt(d) })).toBe(shown);
  });
});
