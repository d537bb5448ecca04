import { mul, parseDecimal, parseScaled, ratio, type Ratio } from "@/lib/money/ratio";
import type { CheckKind, CheckPlace } from "@/lib/schema/api-check";
import type { Flow } from "@/lib/schema/primitives";
import type { Span } from "./attach";
import { averageNear, changeBefore, growthNear, MULTIPLE_WORDS, multipleOf, RESPECTIVELY, shareNear, withoutQualifier } from "./cues";
import { numberTokens, textStyle, type NumberToken } from "./numbers";
import type { PlaceMention } from "./places";

/**
 * The figures of a text: money with a currency or a unit word, percentages, multiples ("25 times",
 * "tripled"); what kind each is; and the lists a sentence pairs with them ("… respectively").
 */

export type Figure = Span & { token: NumberToken | null; word?: string };

const MIN_UNSCALED = 1_000_000n;
const QUANTITY = /^\s*(?:metric\s+)?(?:tons?|tonnes?|ton|units?|cars?|vehicles?|people|persons?|barrels?|cubic|m3|kg|kilograms?|liters?|litres?|heads?|orang|unit|mobil|kendaraan)(?![\p{L}])/iu;

/** Money written without a scale word is a trade figure only in full digits: "Rp16.296" is a rate. */
function isFigure(t: NumberToken, text: string): boolean {
  if (t.unit === "percent" || t.unit === "times") return true;
  if (t.unit !== "money") return false;
  if (/^\s*(?:=|per\s|\/)/i.test(text.slice(t.end)) || /=\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return false;
  // "21.91 million tons", "58 thousand cars": a quantity, not money.
  if (!t.currency && QUANTITY.test(text.slice(t.end))) return false;
  return t.exp > 0 || BigInt(t.digits.split(".")[0] ?? "0") >= MIN_UNSCALED;
}

export function figuresOf(text: string): Figure[] {
  const tokens = numberTokens(text, textStyle(text)).filter((t) => isFigure(t, text));
  const words = [...text.matchAll(MULTIPLE_WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length, token: null, word: m[0] }));
  return [...tokens.map((t) => ({ start: t.start, end: t.end, token: t })), ...words].sort((a, b) => a.start - b.start);
}

export function kindOf(f: Figure, lead: string, tail: string, previous: CheckKind | undefined): { kind: CheckKind; stated: Ratio; digits: string; exp: number; average: boolean; unclear: boolean } {
  const t = f.token;
  if (!t) {
    const n = multipleOf(f.word ?? "");
    return { kind: "multiple", stated: ratio(BigInt(n)), digits: String(n), exp: 0, average: false, unclear: false };
  }
  const plainLead = withoutQualifier(lead);
  if (t.unit === "times") return { kind: "multiple", stated: parseDecimal(t.digits), digits: t.digits, exp: 0, average: false, unclear: false };
  if (t.unit === "percent") {
    // "51.8% of the trade in 2024, up from 19.9% in 2020": the earlier figure is of the same kind.
    const share = shareNear(plainLead, tail) || (previous === "share" && /(?<![\p{L}])(from|dari)\s*$/iu.test(plainLead));
    const growth = growthNear(plainLead, tail);
    const down = t.sign === "-" || (!share && growth.down);
    const value = parseScaled(t.digits, -2);
    const kind: CheckKind = share ? "share" : "growth";
    return { kind, stated: down ? mul(value, ratio(-1n)) : value, digits: t.digits, exp: -2, average: kind === "growth" && averageNear(plainLead, tail), unclear: !share && !growth.found && !t.sign };
  }
  const change = changeBefore(plainLead)?.direction ?? (t.sign === "+" ? "up" : t.sign === "-" ? "down" : null);
  const value = parseScaled(t.digits, t.exp);
  return { kind: change ? "change" : "level", stated: change === "down" ? mul(value, ratio(-1n)) : value, digits: t.digits, exp: t.exp, average: false, unclear: false };
}

const BOTH_FLOWS = /(?<![\p{L}])(?:(imports?|impor)\s+(?:and|dan)\s+(?:exports?|ekspor)|(exports?|ekspor)\s+(?:and|dan)\s+(?:imports?|impor))(?![\p{L}])/iu;

/** "with imports and exports up 1.1 percent and 5.9 percent … respectively": the flows in the order written. */
export function flowsRespectively(text: string, f: Figure, figures: readonly Figure[], clause: Span): Flow | null {
  const inClause = figures.filter((g) => g.start >= clause.start && g.end <= clause.end);
  const last = inClause.at(-1);
  if (!last || !RESPECTIVELY.test(text.slice(last.end))) return null;
  const both = BOTH_FLOWS.exec(text.slice(clause.start, f.start));
  if (!both) return null;
  const after = clause.start + both.index + both[0].length;
  const group = inClause.filter((g) => g.start >= after && g.token?.unit === f.token?.unit);
  const order: Flow[] = both[1] ? ["import", "export"] : ["export", "import"];
  return group.length === 2 ? (order[group.indexOf(f)] ?? null) : null;
}

/** "Uzbekistan and Turkmenistan reached $16.2 billion and $10 billion respectively". */
export function respectively(text: string, f: Figure, figures: readonly Figure[], places: readonly PlaceMention[], clause: Span): CheckPlace | null {
  const run = figures.filter((g) => g.start >= clause.start && g.end <= clause.end && g.token?.unit === "money");
  const last = run.at(-1);
  if (!last || !RESPECTIVELY.test(text.slice(last.end))) return null;
  const list = places.filter((p) => p.members && p.end <= (run[0]?.start ?? 0) && p.start >= clause.start).at(-1);
  const i = run.indexOf(f);
  return list?.members && list.members.length === run.length && i >= 0 ? (list.members[i] ?? null) : null;
}
