import type { Ratio } from "@/lib/money/ratio";
import type { Context } from "@/lib/schema/context";
import type { ProductRecord, TargetRecord } from "@/lib/schema/composition";
import type { Partner } from "@/lib/schema/primitives";
import type { ObservationRecord, RateRecord, SourceRecord } from "@/lib/schema/data";

/** App types: what the rest of the app sees once data/ has been validated and reshaped. */

export type Observation = Omit<ObservationRecord, "value"> & {
  /** Stable key: period, partner, flow, currency and source. */
  id: string;
  /** Calendar year the period falls in (a year-to-date range's year). */
  year: number;
  /** The figure as the source states it, e.g. "94.82" with unit "billion". */
  statedValue: string;
  /** The same figure in whole currency units, exact. */
  amount: Ratio;
};

/**
 * A rate from data/, or the reader's own rupiah rate (basis "reader_stated", never stored), or a
 * year's average derived from its twelve monthly averages (`derivedFrom`, never stored: arithmetic
 * on stored rates, computed in lib/trade/rates.ts; `sourceId` is then its first month's).
 */
export type Rate = Omit<RateRecord, "value" | "basis"> & { basis: RateRecord["basis"] | "reader_stated"; id: string; value: Ratio; statedValue: string; derivedFrom?: readonly Rate[] };

/** A year's consumer price index: deflates US dollars to those of a base year. */
export type Cpi = { series: "CPI-U"; year: number; statedValue: string; value: Ratio; sourceId: string; note?: string };

/**
 * A product group, seen from the Central Asian side: `country` is the Central Asian country (or the
 * five), `direction` whether the goods go to China or come from it, `amountUsd` the value in whole
 * dollars where the source gives one in dollars.
 */
export type Product = ProductRecord & { country: Partner; direction: "to-china" | "from-china"; amountUsd: Ratio | null };

export type Target = TargetRecord & { amount: Ratio };

export type Source = SourceRecord;

export type Dataset = {
  observations: readonly Observation[];
  rates: readonly Rate[];
  cpi: readonly Cpi[];
  products: readonly Product[];
  targets: readonly Target[];
  sources: ReadonlyMap<string, Source>;
  context: Context;
};

/** The observations, rates and price index: all a conversion needs, on the server or in the browser. */
export type TradeData = Pick<Dataset, "observations" | "rates" | "cpi">;

export type DataError = { file: string; record: string; field: string; message: string };
