import type { Observation } from "@/lib/data/types";
import { FLOWS, PARTNERS, type Currency } from "@/lib/schema/primitives";

const partnerOrder = new Map<string, number>(PARTNERS.map((p, i) => [p, i]));
const flowOrder = new Map<string, number>(FLOWS.map((f, i) => [f, i]));

/**
 * The figures to show: one per period, partner and flow. The primary figure in the reader's
 * currency wins where a source states one (yuan shown in yuan as China stated them), else the
 * primary US-dollar figure; a period known only in yuan is shown through its yuan figure
 * (converted with a visible chain). Alternatives stay in data/ and in the sources list.
 */
export function displaySeries(observations: readonly Observation[], prefer: Currency = "USD"): Observation[] {
  const rank = (o: Observation) => (o.currency === prefer ? 0 : o.currency === "USD" ? 1 : 2);
  const chosen = new Map<string, Observation>();
  for (const o of observations) {
    if (!o.primary) continue;
    const key = `${o.period}|${o.reporter}|${o.partner}|${o.flow}`;
    const current = chosen.get(key);
    if (!current || rank(o) < rank(current)) chosen.set(key, o);
  }
  return [...chosen.values()].sort(
    (a, b) =>
      a.reporter.localeCompare(b.reporter) ||
      a.period.localeCompare(b.period) ||
      (partnerOrder.get(a.partner) ?? 0) - (partnerOrder.get(b.partner) ?? 0) ||
      (flowOrder.get(a.flow) ?? 0) - (flowOrder.get(b.flow) ?? 0),
  );
}

/** The figure for one period, partner and flow, if the data has one. */
export function findFigure(series: readonly Observation[], period: string, partner: Observation["partner"], flow: Observation["flow"]) {
  return series.find((o) => o.reporter === "CHN" && o.period === period && o.partner === partner && o.flow === flow);
}
