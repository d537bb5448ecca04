import { UNIT_EXPONENT } from "@/lib/data/reshape";
import type { Dataset, Observation, Rate } from "@/lib/data/types";
import { div, mul, parseDecimal, pow10, type Ratio } from "@/lib/money/ratio";
import type { CheckPlace, CheckSeriesKind, RateUsedJson } from "@/lib/schema/api-check";
import type { Currency, Flow } from "@/lib/schema/primitives";
import { annualRate, articleRate, statedYuanRate } from "@/lib/trade/rates";
import type { Period } from "./periods";

/**
 * The series a figure can be checked against, and their values in the figure's currency. China's
 * customs (reporter CHN) first; the partner's own statistics (reporter KAZ…, partner CHN, flows from
 * its side); other sources for the same cell (data/'s non-primary observations); regional figures
 * from national statistics (data/context.json's mirror, e.g. the Eurasian Development Bank's).
 */

export type Data = Pick<Dataset, "observations" | "rates" | "context">;

/** A series: whose figures, and for an alternative or a regional figure, which one. */
export type Series = { kind: CheckSeriesKind; reporter: string; sourceId?: string; mirrorId?: string };

/** A value in the claim's currency, with every source it came from and the rate it went through. */
export type Value = { amount: Ratio; sourceIds: string[]; rate: RateUsedJson | null; basis: string };

export type Cell = { place: CheckPlace; period: Period; flow: Flow };

const COUNTRY_REPORTERS: readonly string[] = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "IDN"];
const mirrored = (f: Flow): Flow => (f === "export" ? "import" : f === "import" ? "export" : f);
const samePeriod = (o: Observation, p: Period) => o.period === p.period && (o.periodType as string) === p.type;

/** The observations of one cell in one series: China's figure for the partner, or the partner's own for China. */
function cellOf(data: Data, s: Series, c: Cell): Observation[] {
  if (s.kind === "regional") return [];
  const own = s.kind === "own" || (s.kind === "alternative" && s.reporter !== "CHN");
  return data.observations.filter(
    (o) => samePeriod(o, c.period) && (own ? o.reporter === c.place && o.partner === "CHN" && o.flow === mirrored(c.flow) : o.reporter === "CHN" && o.partner === c.place && o.flow === c.flow),
  );
}

/** Every series the data holds for a cell: China's, the partner's own, other sources', regional ones. */
export function seriesFor(data: Data, c: Cell): Series[] {
  const out: Series[] = [{ kind: "china", reporter: "CHN" }];
  if (COUNTRY_REPORTERS.includes(c.place)) out.push({ kind: "own", reporter: c.place });
  for (const s of [...out]) {
    // A source whose primary figure is in yuan may give the dollars beside it: that is another figure.
    const primary = new Set(cellOf(data, s, c).filter((o) => o.primary).map((o) => `${o.sourceId}|${o.currency}`));
    for (const o of cellOf(data, s, c)) {
      if (!o.primary && !primary.has(`${o.sourceId}|${o.currency}`) && !out.some((x) => x.kind === "alternative" && x.sourceId === o.sourceId && x.reporter === s.reporter)) {
        out.push({ kind: "alternative", reporter: s.reporter, sourceId: o.sourceId });
      }
    }
  }
  if (c.flow === "total") {
    for (const m of data.context.mirror) {
      if (m.against.partner === c.place && m.against.period === c.period.period && c.period.type === "year") out.push({ kind: "regional", reporter: c.place, sourceId: m.sourceId, mirrorId: m.id });
    }
  }
  return out;
}

/** The series' figure for a cell: the primary one (in `prefer` where one is stated in it), or the alternative's own. */
export function figureOf(data: Data, s: Series, c: Cell, prefer: Currency): Observation | undefined {
  const cell = cellOf(data, s, c);
  const pool = s.kind === "alternative" ? cell.filter((o) => o.sourceId === s.sourceId && !o.primary) : cell.filter((o) => o.primary);
  const rank = (o: Observation) => (o.currency === prefer ? 0 : o.currency === "USD" ? 1 : 2);
  return pool.toSorted((a, b) => rank(a) - rank(b))[0];
}

const rateJson = (r: Rate, basis: RateUsedJson["basis"]): RateUsedJson => ({ basis, quote: r.quote, value: r.statedValue, period: r.period, sourceId: r.sourceId });
const usedBasis = (r: Rate): RateUsedJson["basis"] => (r.basis === "annual_average_official" ? "annual_average_official" : "annual_average");

/** US dollars of an observation, converted from yuan at the official average (else the Fed's) for a whole year. */
function usdOf(o: Observation, rates: readonly Rate[]): { amount: Ratio; rate: Rate | null } | null {
  if (o.currency === "USD") return { amount: o.amount, rate: null };
  if (o.currency !== "CNY" || o.periodType !== "year") return null;
  const r = statedYuanRate(rates, o.year);
  return r ? { amount: div(o.amount, r.value), rate: r } : null;
}

/**
 * An observation's value in the claim's currency, at every rate that may be meant: rupiah at the
 * article's rate and at the year's average; yuan as China stated them or at the year's averages.
 * A year's average never converts part of a year.
 */
export function valuesIn(o: Observation, currency: Currency, rates: readonly Rate[]): Value[] {
  const ids = [o.sourceId];
  if (currency === o.currency) return [{ amount: o.amount, sourceIds: ids, rate: null, basis: "stated" }];
  const usd = usdOf(o, rates);
  if (!usd) return [];
  const viaYuan = usd.rate ? [usd.rate.sourceId] : [];
  if (currency === "USD") return [{ amount: usd.amount, sourceIds: [...ids, ...viaYuan], rate: usd.rate ? rateJson(usd.rate, usedBasis(usd.rate)) : null, basis: "converted" }];
  const yearly = o.periodType === "year";
  const candidates: [Rate | undefined, RateUsedJson["basis"]][] =
    currency === "IDR"
      ? [[articleRate(rates), "article"], [yearly ? annualRate(rates, "IDR", o.year) : undefined, "annual_average"]]
      : [[yearly ? annualRate(rates, "CNY", o.year, "annual_average_official") : undefined, "annual_average_official"], [yearly ? annualRate(rates, "CNY", o.year) : undefined, "annual_average"]];
  return candidates.flatMap(([r, basis]) => (r ? [{ amount: mul(usd.amount, r.value), sourceIds: [...ids, ...viaYuan, r.sourceId], rate: rateJson(r, basis), basis }] : []));
}

/** A regional figure from the context (national statistics), in US dollars as stated. */
export function mirrorValue(data: Data, s: Series, currency: Currency): Value[] {
  const m = data.context.mirror.find((x) => x.id === s.mirrorId);
  if (!m || m.currency !== "USD") return [];
  const amount = mul(parseDecimal(m.value), pow10(UNIT_EXPONENT[m.unit]));
  if (currency === "USD") return [{ amount, sourceIds: [m.sourceId], rate: null, basis: "stated" }];
  if (currency !== "IDR") return [];
  const r = articleRate(data.rates);
  return [{ amount: mul(amount, r.value), sourceIds: [m.sourceId, r.sourceId], rate: rateJson(r, "article"), basis: "article" }];
}

/** The same span of months a year earlier: the base of a change or a growth rate. */
export function previousPeriod(p: Period): Period {
  const shift = (s: string) => s.replace(/^(\d{4})/, (y) => String(Number(y) - 1));
  return { type: p.type, period: p.period.split("/").map(shift).join("/"), year: p.year - 1 };
}
