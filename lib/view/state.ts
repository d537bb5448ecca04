import { z } from "zod";
import { COUNTRIES, DISPLAY_CURRENCIES, PARTNERS, RATE_BASES, type Country, type DisplayCurrency, type Partner, type RateBasis } from "@/lib/schema/primitives";
import { UNIT_CHOICES, type UnitChoice } from "@/lib/format/number";

/** Everything a reader can change lives in the URL; this is its one definition. */

export const FIGURES = ["trend", "countries", "flows", "shares"] as const;
export type FigureId = (typeof FIGURES)[number];

export type ViewState = {
  currency: DisplayCurrency;
  rate: RateBasis;
  unit: UnitChoice;
  /** Years shown in the by-country figure. */
  years: number[];
  /** Countries shown in the by-country figure. */
  countries: Country[];
  /** The year of the shares figure. */
  year: number;
  /** Whose exports and imports the flows figure shows. */
  partner: Partner;
  /** Figures shown as a table instead of a chart. */
  table: FigureId[];
};

export type ViewOptions = { countryYears: readonly number[]; shareYears: readonly number[]; defaultShareYear: number };

export function defaultView(options: ViewOptions): ViewState {
  return {
    currency: "USD",
    rate: "article",
    unit: "auto",
    years: [...options.countryYears],
    countries: [...COUNTRIES],
    year: options.defaultShareYear,
    partner: "CA5",
    table: [],
  };
}

const listOf = <T extends string>(allowed: readonly T[]) =>
  z
    .string()
    .transform((s) => s.split(","))
    .pipe(z.array(z.enum(allowed as [T, ...T[]])).min(1))
    .transform((xs) => allowed.filter((a) => xs.includes(a)));

const yearListOf = (allowed: readonly number[]) =>
  z
    .string()
    .transform((s) => s.split(",").map((x) => (/^\d{4}$/.test(x) ? Number(x) : NaN)))
    .pipe(z.array(z.number().refine((y) => allowed.includes(y))).min(1))
    .transform((ys) => allowed.filter((a) => ys.includes(a)));

function paramSchemas(options: ViewOptions) {
  return {
    currency: z.enum(DISPLAY_CURRENCIES),
    rate: z.enum(RATE_BASES),
    unit: z.enum(UNIT_CHOICES),
    years: yearListOf(options.countryYears),
    countries: listOf(COUNTRIES),
    year: z
      .string()
      .regex(/^\d{4}$/)
      .transform(Number)
      .refine((y) => options.shareYears.includes(y)),
    partner: z.enum(PARTNERS),
    table: z.union([z.literal("").transform(() => [] as FigureId[]), listOf(FIGURES)]),
  } satisfies { [K in keyof ViewState]: z.ZodType<ViewState[K], string> };
}

export type ParsedView = { state: ViewState; invalid: (keyof ViewState)[] };

type Params = { get(name: string): string | null; getAll(name: string): string[] };

/** Reads the view from a query string; each malformed value falls back to its default and is named. */
export function parseView(params: Params, options: ViewOptions): ParsedView {
  const schemas = paramSchemas(options);
  const state = defaultView(options);
  const invalid: (keyof ViewState)[] = [];
  for (const key of Object.keys(schemas) as (keyof ViewState)[]) {
    const all = params.getAll(key);
    if (all.length === 0) continue;
    const parsed = all.length === 1 ? schemas[key].safeParse(all[0]) : { success: false as const };
    if (parsed.success) (state as Record<keyof ViewState, unknown>)[key] = parsed.data;
    else invalid.push(key);
  }
  return { state, invalid };
}

/** The query string for a view, with defaults left out so links stay short; keys in a fixed order. */
export function serializeView(state: ViewState, options: ViewOptions): string {
  const d = defaultView(options);
  const params = new URLSearchParams();
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (state.currency !== d.currency) params.set("currency", state.currency);
  if (state.rate !== d.rate) params.set("rate", state.rate);
  if (state.unit !== d.unit) params.set("unit", state.unit);
  if (!same(state.years, d.years)) params.set("years", state.years.join(","));
  if (!same(state.countries, d.countries)) params.set("countries", state.countries.join(","));
  if (state.year !== d.year) params.set("year", String(state.year));
  if (state.partner !== d.partner) params.set("partner", state.partner);
  if (state.table.length) params.set("table", FIGURES.filter((f) => state.table.includes(f)).join(","));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}
