import { parseDecimal, parseScaled } from "@/lib/money/ratio";
import type { CpiRecord, ObservationRecord, RateRecord, SourceRecord } from "@/lib/schema/data";
import { MONEY_UNITS, type ProductRecord, type TargetRecord } from "@/lib/schema/composition";
import type { Partner } from "@/lib/schema/primitives";
import type { Cpi, Observation, Product, Rate, Target } from "./types";

/**
 * From records to app types, without the schema library: the server runs this after validating
 * data/, the browser after receiving the compact dataset, so both compute from the same values.
 */

export const UNIT_EXPONENT = { million: 6, billion: 9, trillion: 12 } as const;

/** "1992 CA5 total USD"; a figure a country reports about itself names it: "2020 KAZ→CHN export USD". */
export const observationLabel = (o: Partial<ObservationRecord>) =>
  [o.period, o.reporter && o.reporter !== "CHN" ? `${o.reporter}→${o.partner}` : o.partner, o.flow, o.currency].filter(Boolean).join(" ");

export function reshapeObservation(rec: ObservationRecord): Observation {
  const { value, ...rest } = rec;
  return {
    ...rest,
    id: `${rec.period}:${rec.reporter === "CHN" ? "" : `${rec.reporter}>`}${rec.partner}:${rec.flow}:${rec.currency}:${rec.sourceId}`,
    year: Number(rec.period.slice(0, 4)),
    statedValue: value,
    amount: parseScaled(value, UNIT_EXPONENT[rec.unit]),
  };
}

/**
 * A title the source list marks "[descriptive] …" is our description of a page without a usable
 * title of its own: shown as a description, in brackets, never with the marker, which is the
 * reference files' bookkeeping and not a reader's business.
 */
export function reshapeSource(rec: SourceRecord): SourceRecord {
  const described = /^\[descriptive\]\s*(.+)$/i.exec(rec.title);
  return described ? { ...rec, title: `[${described[1]}]` } : rec;
}

export function reshapeRate(rec: RateRecord): Rate {
  const { value, ...rest } = rec;
  return { ...rest, id: `${rec.quote}:${rec.period}:${rec.basis}:${rec.sourceId}`, statedValue: value, value: parseDecimal(value) };
}


export function reshapeProduct(rec: ProductRecord): Product {
  const china = rec.reporter === "CHN";
  const country = china ? rec.partner : rec.reporter;
  const toChina = china ? rec.flow === "import" : rec.flow === "export";
  const exponent = rec.unit && rec.unit in MONEY_UNITS ? MONEY_UNITS[rec.unit as keyof typeof MONEY_UNITS] : null;
  return {
    ...rec,
    country: country as Partner,
    direction: toChina ? "to-china" : "from-china",
    amountUsd: rec.value !== undefined && rec.currency === "USD" && exponent !== null ? parseScaled(rec.value, exponent) : null,
  };
}

export function reshapeTarget(rec: TargetRecord): Target {
  return { ...rec, amount: parseScaled(rec.value, UNIT_EXPONENT[rec.unit]) };
}

export function reshapeCpi(rec: CpiRecord): Cpi {
  return { series: rec.series, year: Number(rec.period), statedValue: rec.value, value: parseDecimal(rec.value), sourceId: rec.sourceId, ...(rec.note ? { note: rec.note } : {}) };
}
