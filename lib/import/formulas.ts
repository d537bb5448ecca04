import { formulaData, formulaProblem, observationKeyText, showDecimal, type FormulaData } from "@/lib/data/formula";
import { observationLabel, UNIT_EXPONENT } from "@/lib/data/reshape";
import { compare, parseDecimal, parseScaled, pow10, mul } from "@/lib/money/ratio";
import type { ObservationRecord, RateRecord } from "@/lib/schema/data";
import type { Formula, FormulaInput, ObservationKey } from "@/lib/schema/formula";
import type { Unit } from "@/lib/schema/primitives";
import { COUNTRIES } from "@/lib/schema/values";
import { lastPlace, readDerivation, type Draft } from "./phrasings";

/**
 * A derived row's formula, from its note (lib/import/phrasings.ts) and the rows it names. A number
 * the text gives becomes a ref to the row of the cell the phrasing names whose value equals it (the
 * figure's own source first, then the cell's primary); where no row has it, it stays a number stated
 * by the figure's own source: data/ does not hold it. The DOTS and Comtrade phrasings name their own
 * file's rows, which must be there with the text's numbers. The formula is then recomputed, and a
 * figure that does not equal it is refused.
 */

type Cell = Omit<ObservationKey, "sourceId">;
const cellText = (c: Cell) => [c.period, c.reporter, c.partner, c.flow, c.currency].join("|");
const keyOf = (o: ObservationRecord): ObservationKey => ({ period: o.period, reporter: o.reporter, partner: o.partner, flow: o.flow, currency: o.currency, sourceId: o.sourceId });
const cellLabel = (c: Cell) => observationLabel(c);

/** The rows inputs are looked for in: data/ and every file of the run, a file's row replacing data/'s of the same key. */
export type Pool = { byCell: ReadonlyMap<string, readonly ObservationRecord[]>; data: FormulaData; rates: readonly RateRecord[] };

export function importPool(observations: Iterable<ObservationRecord>, rates: readonly RateRecord[]): Pool {
  const byKey = new Map<string, ObservationRecord>();
  for (const o of observations) byKey.set(observationKeyText(o), o);
  const byCell = new Map<string, ObservationRecord[]>();
  for (const o of byKey.values()) byCell.set(cellText(o), [...(byCell.get(cellText(o)) ?? []), o]);
  return { byCell, data: formulaData([...byKey.values()], rates), rates };
}

const sameValue = (o: ObservationRecord, value: string, unit: Unit) => compare(parseScaled(o.value, UNIT_EXPONENT[o.unit]), parseScaled(value, UNIT_EXPONENT[unit])) === 0;

/** An input, with its value as written in its own unit and the number the note gave it (if any). */
type Picked = { input: FormulaInput; written: string; unit: Unit; said?: string };

/** The input for a cell's number: a ref where a row has it, else the number as stated. */
function pick(pool: Pool, record: ObservationRecord, cell: Cell, stated: string | undefined, unit: Unit, ownSource: boolean): Picked | string {
  const rows = (pool.byCell.get(cellText(cell)) ?? []).filter((o) => observationKeyText(o) !== observationKeyText(record));
  if (ownSource) {
    const own = rows.find((o) => o.sourceId === record.sourceId);
    if (!own) return `it names ${cellLabel(cell)} (${record.sourceId}), which neither data/ nor the files hold`;
    if (stated !== undefined && !sameValue(own, stated, unit)) return `it gives ${stated} ${unit} for ${cellLabel(cell)} (${record.sourceId}), which is ${own.value} ${own.unit}`;
    return { input: { ref: keyOf(own) }, written: own.value, unit: own.unit, said: stated };
  }
  if (stated === undefined) return `it gives no number for ${cellLabel(cell)}`;
  const rank = (o: ObservationRecord) => (o.sourceId === record.sourceId ? 0 : o.primary ? 1 : 2);
  const [hit] = rows.filter((o) => sameValue(o, stated, unit)).sort((a, b) => rank(a) - rank(b) || a.sourceId.localeCompare(b.sourceId));
  if (hit) return { input: { ref: keyOf(hit) }, written: hit.value, unit: hit.unit, said: stated };
  return { input: { stated: { value: stated, unit, currency: cell.currency, sourceId: record.sourceId } }, written: stated, unit, said: stated };
}

/** The five countries' rows; numbers given in the text's order are matched to the countries by value. */
function five(pool: Pool, record: ObservationRecord, draft: Draft): Picked[] | string {
  if (record.reporter !== "CHN" || record.partner !== "CA5") return `it sums the five, the figure is ${observationLabel(record)}`;
  const cells = COUNTRIES.map((partner): Cell => ({ period: record.period, reporter: "CHN", partner, flow: record.flow, currency: record.currency }));
  if (!draft.stated.length) return collect(cells.map((c) => pick(pool, record, c, undefined, record.unit, true)));
  const left = [...draft.stated];
  const picked: Picked[] = [];
  for (const c of cells) {
    for (const [i, n] of left.entries()) {
      const p = pick(pool, record, c, n, record.unit, false);
      if (typeof p === "string" || !("ref" in p.input)) continue;
      picked.push(p);
      left.splice(i, 1);
      break;
    }
  }
  // A number no country's row has stays a number stated by the figure's source.
  return [...picked, ...left.map((value): Picked => ({ input: { stated: { value, unit: record.unit, currency: record.currency, sourceId: record.sourceId } }, written: value, unit: record.unit, said: value }))];
}

function collect(list: (Picked | string)[]): Picked[] | string {
  const problem = list.find((p): p is string => typeof p === "string");
  return problem ?? (list as Picked[]);
}

const OTHER_FLOW = { export: "import", import: "export" } as const;

function amounts(pool: Pool, record: ObservationRecord, draft: Draft): Picked[] | string {
  const cell: Cell = keyOf(record);
  const { stated, ownSource } = draft;
  if (draft.shape === "five") return five(pool, record, draft);
  if (draft.shape === "flows") {
    if (record.flow !== "total") return `it adds export and import, the figure's flow is ${record.flow}`;
    return collect((["export", "import"] as const).map((flow, i) => pick(pool, record, { ...cell, flow }, stated[i], record.unit, ownSource)));
  }
  if (draft.shape === "flow-difference") {
    if (record.flow === "total") return "it subtracts from the total, and the figure is the total";
    return collect([pick(pool, record, { ...cell, flow: "total" }, stated[0], record.unit, false), pick(pool, record, { ...cell, flow: OTHER_FLOW[record.flow] }, stated[1], record.unit, false)]);
  }
  if (draft.shape === "next-year") {
    if (record.periodType !== "year") return `it works back from the next year, the figure's period is ${record.period}`;
    return collect([pick(pool, record, { ...cell, period: String(Number(record.period) + 1) }, stated[0], record.unit, false)]);
  }
  return collect([pick(pool, record, { ...cell, currency: "CNY" }, stated[0], "billion", false)]);
}

/** A step in billions, in a number's own unit: 0.1 bn is "100" million. */
const inUnit = (billions: string, unit: Unit) => showDecimal(mul(parseDecimal(billions), pow10(9 - UNIT_EXPONENT[unit])));

function withPrecision(p: Picked, draft: Draft): FormulaInput {
  const { amounts: a, only } = draft.rounding;
  if (!a || (only !== undefined && p.said !== only)) return p.input;
  return { ...p.input, precision: a === "last-place" ? lastPlace(p.written) : inUnit(a.billions, p.unit) };
}

function rateInput(pool: Pool, record: ObservationRecord, value: string): FormulaInput | string {
  const rank = (r: RateRecord) => (r.preferred ? 0 : 1);
  const [rate] = pool.rates.filter((r) => r.quote === "CNY" && r.period === record.period && compare(parseDecimal(r.value), parseDecimal(value)) === 0).sort((a, b) => rank(a) - rank(b) || a.sourceId.localeCompare(b.sourceId));
  if (!rate) return `it divides by ${value} CNY per USD, and data/rates.json has no such USD/CNY rate for ${record.period}`;
  return { rate: { quote: rate.quote, period: rate.period, basis: rate.basis, sourceId: rate.sourceId } };
}

const OPS: Record<Draft["shape"], Formula["op"]> = { flows: "sum", five: "sum", "flow-difference": "difference", "next-year": "before-growth", "in-yuan": "convert" };

/** The formula of a derived row, and the phrasing it was read by; or why there is none, naming the row. */
export function formulaFor(record: ObservationRecord, pool: Pool): { formula: Formula; phrasing: string } | { problem: string } {
  const name = `${observationLabel(record)} (${record.sourceId})`;
  const read = readDerivation(record.derivation ?? "", record);
  if ("problem" in read) return { problem: `${name}: ${read.problem}` };
  const { draft } = read;
  const found = amounts(pool, record, draft);
  if (typeof found === "string") return { problem: `${name}: "${record.derivation}": ${found}` };
  const inputs = found.map((p) => withPrecision(p, draft));
  if (draft.growthPercent !== undefined) {
    const growth = { percent: draft.growthPercent, sourceId: record.sourceId };
    inputs.push(draft.rounding.growth ? { growth, precision: lastPlace(draft.growthPercent.replace(/^-/, "")) } : { growth });
  }
  if (draft.rate !== undefined) {
    const rate = rateInput(pool, record, draft.rate);
    if (typeof rate === "string") return { problem: `${name}: "${record.derivation}": ${rate}` };
    inputs.push(rate);
  }
  const formula: Formula = { op: OPS[draft.shape], inputs, ...(draft.roundedOutput ? { precision: lastPlace(record.value) } : {}) };
  const problem = formulaProblem({ ...record, formula }, pool.data);
  return problem ? { problem: `${name}: ${problem}` } : { formula, phrasing: read.phrasing };
}
