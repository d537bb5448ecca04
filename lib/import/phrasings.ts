import { add, mul, parseDecimal, pow10, sub, toDecimalString } from "@/lib/money/ratio";

/**
 * The phrasings a derived figure's note uses in the reference files, each read into a draft of its
 * formula: which rows of data/ the inputs are and the numbers the text gives them. Only these are
 * read; any other wording fails the import naming file, line and text, so that a new phrasing is
 * added here (with its test) rather than guessed. The formula is the note up to its first "; ";
 * what follows is commentary (checks against other sources, which row stays primary).
 */

/** Which rows of data/ a draft's amounts are, relative to the derived figure's own cell. */
export type Shape =
  /** export + import of the same period, reporter, partner and currency */
  | "flows"
  /** the five countries' figures of the same period and flow (the figure is CA5's) */
  | "five"
  /** total less the other flow of the same cell (the figure is an export or an import) */
  | "flow-difference"
  /** the same cell a year later, divided by 1 + its growth */
  | "next-year"
  /** the same cell in yuan, divided by a USD/CNY rate of data/rates.json */
  | "in-yuan";

/**
 * How the note says its numbers were rounded: to a stated step (in billions) or at their last
 * written place; `only` limits the amounts' rounding to the input written so.
 */
export type Rounding = { amounts?: { billions: string } | "last-place"; growth?: "last-place"; only?: string };

export type Draft = {
  shape: Shape;
  /** The numbers the text gives the amounts, as written, in the derived figure's unit ("in-yuan": billions). */
  stated: string[];
  /** Rows of the derived figure's own source only (the DOTS and Comtrade files): each must be there and equal its number. */
  ownSource: boolean;
  growthPercent?: string;
  rate?: string;
  rounding: Rounding;
  /** A quotient is written to the places of the figure: it is rounded at its last place. */
  roundedOutput: boolean;
};

const N = String.raw`(\d+(?:\.\d+)?)`;
const COUNTRY_NAMES: Record<string, string> = { Kazakhstan: "KAZ", Kyrgyzstan: "KGZ", Tajikistan: "TJK", Turkmenistan: "TKM", Uzbekistan: "UZB" };

/** 1.40 → "40", 0.948 → "-5.2": the growth in percent a factor 1 + g/100 stands for, to the places the factor gives. */
export function growthOfFactor(factor: string): string {
  const places = Math.max(0, (factor.split(".")[1]?.length ?? 0) - 2);
  return toDecimalString(mul(sub(parseDecimal(factor), parseDecimal("1")), pow10(2)), places);
}

/** The step of a number's last written place: "23.6" → "0.1", "40" → "1", "14.0" → "0.1". */
export function lastPlace(value: string): string {
  const places = value.split(".")[1]?.length ?? 0;
  return places ? `0.${"0".repeat(places - 1)}1` : "1";
}

/**
 * Words anywhere in a note that say how its numbers were rounded, and what that makes of the inputs.
 * Two mention rounding but say nothing of the inputs. Any other mention of rounding is refused, so
 * that an unread "rounded" never leaves a check stricter or looser than the note says.
 */
const ROUNDINGS: { pattern: RegExp; rounding: (m: RegExpExecArray) => Rounding }[] = [
  { pattern: new RegExp(String.raw`, inputs rounded to ${N} bn`), rounding: (m) => ({ amounts: { billions: m[1] as string } }) },
  { pattern: new RegExp(String.raw`\(input rounded to ${N} ?bn, so \+/-${N}\)`), rounding: (m) => ({ amounts: { billions: m[1] as string } }) },
  { pattern: new RegExp(String.raw`input rounded so \+/-${N} ?bn`), rounding: () => ({ amounts: "last-place" }) },
  { pattern: new RegExp(String.raw`\(growth rounded, so \+/-${N} bn\)`), rounding: () => ({ growth: "last-place" }) },
  { pattern: new RegExp(String.raw`rounding of inputs gives \+/-${N} bn`), rounding: () => ({ amounts: "last-place", growth: "last-place" }) },
  { pattern: new RegExp(String.raw`\(${N}% gap from rounding of the ${N}\)`), rounding: (m) => ({ amounts: "last-place", only: m[2] as string }) },
  { pattern: /\(revision\/rounding\)/, rounding: () => ({}) },
  { pattern: /DOTS is the unrounded customs figure/, rounding: () => ({}) },
];

export function roundingOf(text: string): Rounding | string {
  let rest = text;
  const found: Rounding[] = [];
  for (const r of ROUNDINGS) {
    const m = r.pattern.exec(rest);
    if (!m) continue;
    found.push(r.rounding(m));
    rest = rest.replace(m[0], "");
  }
  if (/round/i.test(rest)) return "it mentions rounding in words the importer does not read";
  const said = found.filter((f) => Object.keys(f).length);
  if (said.filter((f) => f.amounts).length > 1 || said.filter((f) => f.growth).length > 1) return "it says twice how its inputs were rounded";
  return Object.assign({}, ...said) as Rounding;
}

/** What a phrasing checks of the derived row: whose figure, of what, which flow. */
type RowCell = { reporter: string; partner: string; flow: string };
type Phrasing = { name: string; pattern: RegExp; draft: (m: RegExpExecArray, r: RowCell) => Draft | string };

const plain = (shape: Shape, stated: string[], ownSource: boolean): Draft => ({ shape, stated, ownSource, rounding: {}, roundedOutput: false });

export const PHRASINGS: readonly Phrasing[] = [
  {
    name: "export + import (A + B) from a DOTS or Comtrade file",
    pattern: new RegExp(String.raw`^export \+ import \(${N} \+ ${N}\) from (?:IMF DOTS China file(?:, row 9 \(World\))?|UN Comtrade)$`),
    draft: (m) => plain("flows", [m[1] as string, m[2] as string], true),
  },
  {
    name: "<country>-reported export + import with China (IMF DOTS partner file)",
    pattern: /^(Kazakhstan|Kyrgyzstan|Tajikistan|Turkmenistan|Uzbekistan)-reported export \+ import with China \(IMF DOTS partner file\)$/,
    draft: (m, r) => (COUNTRY_NAMES[m[1] as string] === r.reporter ? plain("flows", [], true) : `it names ${m[1]}, the figure's reporter is ${r.reporter}`),
  },
  {
    name: "sum of China's exports to / imports from KAZ+KGZ+TJK+TKM+UZB",
    pattern: /^sum of China's (exports to|imports from) KAZ\+KGZ\+TJK\+TKM\+UZB \((?:IMF DOTS China file|UN Comtrade)\)$/,
    draft: (m, r) => ((m[1] === "exports to" ? "export" : "import") === r.flow ? plain("five", [], true) : `it sums China's ${m[1]} the five, the figure's flow is ${r.flow}`),
  },
  {
    name: "sum of the five country totals (IMF DOTS China file)",
    pattern: /^sum of the five country totals \(IMF DOTS China file\)$/,
    draft: (_m, r) => (r.flow === "total" ? plain("five", [], true) : `it sums totals, the figure's flow is ${r.flow}`),
  },
  {
    name: "derived = sum of the five <months> country totals (a+b+c+d+e)",
    pattern: new RegExp(String.raw`^derived = sum of the five Jan-[A-Z][a-z]{2} \d{4} country totals \(${N}\+${N}\+${N}\+${N}\+${N}\)(?:, inputs rounded to ${N} bn)?$`),
    draft: (m, r) => (r.flow === "total" ? plain("five", m.slice(1, 6) as string[], false) : `it sums totals, the figure's flow is ${r.flow}`),
  },
  {
    name: "A bn CNY / R CNY per USD (PBoC <year> average)",
    pattern: new RegExp(String.raw`^${N} bn CNY / ${N} CNY per USD \(PBoC \d{4} average\)$`),
    draft: (m) => ({ ...plain("in-yuan", [m[1] as string], false), rate: m[2] as string, roundedOutput: true }),
  },
  {
    name: "[derived = ] A / F, A / (1+g) or A / (1-g), then words",
    pattern: new RegExp(String.raw`^(?:derived = )?${N} / (?:${N}|\(1([+-])${N}\))(?:(?: from|:| \().*)?$`),
    draft: (m) => ({ ...plain("next-year", [m[1] as string], false), growthPercent: growthOfFactor(m[2] ?? factorOf(m[3] as string, m[4] as string)), roundedOutput: true }),
  },
  {
    name: "[derived = ] A - B",
    pattern: new RegExp(String.raw`^(?:derived = )?${N} - ${N}$`),
    draft: (m) => plain("flow-difference", [m[1] as string, m[2] as string], false),
  },
  {
    name: "[derived = ] A + B, then words in brackets",
    pattern: new RegExp(String.raw`^(?:derived = )?${N} \+ ${N}( \([^()]*\))?$`),
    draft: (m) => plain("flows", [m[1] as string, m[2] as string], false),
  },
];

/** "(1+1.056)" → "2.056", "(1-0.066)" → "0.934": the factor the text spells as 1 ± g. */
function factorOf(sign: string, g: string): string {
  const places = g.split(".")[1]?.length ?? 0;
  const one = parseDecimal("1");
  const x = parseDecimal(g);
  return toDecimalString(sign === "-" ? sub(one, x) : add(one, x), places);
}

/** The formula part of a note: up to its first "; ". */
export const formulaHead = (text: string): string => text.split("; ")[0] ?? text;

/** A note read into a draft, or why it cannot be (no phrasing matches, or one matches but contradicts the row). */
export function readDerivation(text: string, record: RowCell): { draft: Draft; phrasing: string } | { problem: string } {
  const head = formulaHead(text);
  for (const p of PHRASINGS) {
    const m = p.pattern.exec(head);
    if (!m) continue;
    const draft = p.draft(m, record);
    const rounding = roundingOf(text);
    if (typeof draft === "string" || typeof rounding === "string") return { problem: `"${text}": ${typeof draft === "string" ? draft : rounding}` };
    return { draft: { ...draft, rounding }, phrasing: p.name };
  }
  return { problem: `"${text}" says how in words the importer does not read; the phrasings it reads are in lib/import/phrasings.ts (add this one there, with a test, rather than rewording the figure)` };
}
