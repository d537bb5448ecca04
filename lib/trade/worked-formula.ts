import type { Observation, Rate, TradeData } from "@/lib/data/types";
import type { WorkedFormula, WorkedInput } from "@/lib/schema/api-formula";
import type { Formula, FormulaInput, ObservationKey, RateKey } from "@/lib/schema/formula";

/**
 * A formula of data/ with its inputs looked up: each observation or rate it names by key becomes
 * its number, unit and source, so a page can write the formula out without the rest of data/.
 */

const observationKey = (k: ObservationKey) => [k.period, k.reporter, k.partner, k.flow, k.currency, k.sourceId].join("|");
const rateKey = (k: RateKey) => [k.quote, k.period, k.basis, k.sourceId].join("|");

const observationIndexes = new WeakMap<readonly Observation[], Map<string, Observation>>();
const rateIndexes = new WeakMap<readonly Rate[], Map<string, Rate>>();

/** Each list indexed once per dataset: a table of thirty years looks up a hundred formulas on every toggle. */
function indexed<T>(cache: WeakMap<readonly T[], Map<string, T>>, list: readonly T[], key: (x: T) => string): Map<string, T> {
  let index = cache.get(list);
  if (!index) {
    index = new Map(list.map((x) => [key(x), x]));
    cache.set(list, index);
  }
  return index;
}

const withPrecision = (p: string | undefined) => (p ? { precision: p } : {});

function workedInput(input: FormulaInput, data: Pick<TradeData, "observations" | "rates">): WorkedInput | undefined {
  const p = withPrecision(input.precision);
  if ("ref" in input) {
    const o = indexed(observationIndexes, data.observations, observationKey).get(observationKey(input.ref));
    if (!o) return undefined;
    return { kind: "amount", value: o.statedValue, unit: o.unit, currency: o.currency, sourceId: o.sourceId, cell: { period: o.period, reporter: o.reporter, partner: o.partner, flow: o.flow }, ...p };
  }
  if ("stated" in input) return { kind: "amount", ...input.stated, ...p };
  if ("growth" in input) return { kind: "growth", ...input.growth, ...p };
  const r = indexed(rateIndexes, data.rates, (x) => (x.basis === "reader_stated" ? "" : rateKey({ ...x, basis: x.basis }))).get(rateKey(input.rate));
  if (!r || r.basis === "reader_stated") return undefined;
  return { kind: "rate", value: r.statedValue, quote: r.quote, basis: r.basis, period: r.period, sourceId: r.sourceId, ...p };
}

/** The formula with its numbers, or undefined where an input is not in the data (data:check names it). */
export function workFormula(f: Formula, data: Pick<TradeData, "observations" | "rates">): WorkedFormula | undefined {
  const inputs = f.inputs.map((i) => workedInput(i, data));
  if (inputs.some((i) => i === undefined)) return undefined;
  return { op: f.op, inputs: inputs as WorkedInput[], ...withPrecision(f.precision) };
}
