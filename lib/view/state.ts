import type { UnitChoice } from "@/lib/format/number";
import type { Country, DisplayCurrency, Partner, PriceBasis, RateBasis } from "@/lib/schema/primitives";
import { CHINA_PARTNERS, COUNTRIES, DISPLAY_CURRENCIES, MIRROR_REPORTERS, PRICE_BASES, RATE_BASES } from "@/lib/schema/values";
import { checkReaderRate } from "@/lib/schema/reader-rate";

/**
 * Everything a reader can change lives in the URL; this is its one definition. It runs in the
 * browser on every toggle, so it parses with small functions rather than the schema library.
 */

export const FIGURES = ["trend", "countries", "flows", "shares", "world", "mirror", "indonesia"] as const;
export type FigureId = (typeof FIGURES)[number];

const UNIT_VALUES = ["auto", "million", "billion", "trillion"] as const satisfies readonly UnitChoice[];
export const SCALES = ["linear", "log"] as const;
export type AxisScale = (typeof SCALES)[number];
/** The trend draws the five together, or each country as its own line beside the total. */
export const TREND_LINES = ["total", "countries"] as const;
export type TrendLines = (typeof TREND_LINES)[number];
export type MirrorCountry = (typeof MIRROR_REPORTERS)[number];
/** The trend as levels, each year's change on the one before, or the compound annual growth over the range. */
export const GROWTHS = ["level", "yoy", "cagr"] as const;
export type Growth = (typeof GROWTHS)[number];

export type ViewState = {
  currency: DisplayCurrency;
  rate: RateBasis;
  /** The reader's own rupiah per US dollar ("your rate"), canonical decimal text; with rate "custom" only. */
  idrPerUsd: string | null;
  /** Nominal US dollars, or constant ones of `base` (US dollars only). */
  prices: PriceBasis;
  base: number;
  growth: Growth;
  unit: UnitChoice;
  /** The year range every figure is narrowed to. */
  from: number;
  to: number;
  /** Linear or logarithmic value axis: the series grows from under US$0.5 bn to over US$100 bn. */
  scale: AxisScale;
  lines: TrendLines;
  /** Years shown in the by-country figure. */
  years: number[];
  /** Countries shown in the by-country figure. */
  countries: Country[];
  /** The year of the shares figure. */
  year: number;
  /** Whose exports and imports the flows figure shows. */
  partner: Partner;
  /** Whose own statistics the mirror figure sets against China's. */
  mirror: MirrorCountry;
  /** Figures shown as a table instead of a chart. */
  table: FigureId[];
};

export type ViewOptions = {
  /** Every year the record covers, first to last. */
  allYears: readonly number[];
  countryYears: readonly number[];
  /** The by-country figure starts with these (the latest few), so its bars stay readable. */
  defaultCountryYears: readonly number[];
  shareYears: readonly number[];
  defaultShareYear: number;
  /** Years the US price index covers: the base years constant dollars can have. */
  baseYears: readonly number[];
  defaultBase: number;
};

export function defaultView(options: ViewOptions): ViewState {
  return {
    currency: "USD",
    rate: "article",
    idrPerUsd: null,
    prices: "nominal",
    base: options.defaultBase,
    growth: "level",
    unit: "auto",
    from: options.allYears[0] ?? 1992,
    to: options.allYears.at(-1) ?? 1992,
    scale: "linear",
    lines: "total",
    years: [...options.defaultCountryYears],
    countries: [...COUNTRIES],
    year: options.defaultShareYear,
    partner: "CA5",
    mirror: "KAZ",
    table: [],
  };
}

/** A parser answers the value, or undefined when the text is not one. */
type Parser<T> = (text: string) => T | undefined;

const oneOf =
  <T extends string>(allowed: readonly T[]): Parser<T> =>
  (text) =>
    (allowed as readonly string[]).includes(text) ? (text as T) : undefined;

/** A comma list, every item allowed, at least one; answered in the allowed order without repeats. */
const listOf =
  <T extends string | number>(allowed: readonly T[], item: Parser<T>): Parser<T[]> =>
  (text) => {
    const items = text.split(",").map(item);
    if (items.length === 0 || items.some((x) => x === undefined)) return undefined;
    return allowed.filter((a) => items.includes(a));
  };

const yearIn =
  (allowed: readonly number[]): Parser<number> =>
  (text) =>
    /^\d{4}$/.test(text) && allowed.includes(Number(text)) ? Number(text) : undefined;

function parsers(options: ViewOptions): { [K in keyof ViewState]: Parser<ViewState[K]> } {
  return {
    currency: oneOf(DISPLAY_CURRENCIES),
    rate: oneOf(RATE_BASES),
    idrPerUsd: (text) => {
      const check = checkReaderRate(text);
      return check.ok ? check.value : undefined;
    },
    prices: oneOf(PRICE_BASES),
    base: yearIn(options.baseYears),
    growth: oneOf(GROWTHS),
    unit: oneOf(UNIT_VALUES),
    from: yearIn(options.allYears),
    to: yearIn(options.allYears),
    scale: oneOf(SCALES),
    lines: oneOf(TREND_LINES),
    years: listOf(options.countryYears, yearIn(options.countryYears)),
    countries: listOf(COUNTRIES, oneOf(COUNTRIES)),
    year: yearIn(options.shareYears),
    partner: oneOf(CHINA_PARTNERS),
    mirror: oneOf(MIRROR_REPORTERS),
    table: (text) => (text === "" ? [] : listOf(FIGURES, oneOf(FIGURES))(text)),
  };
}

export type ParsedView = { state: ViewState; invalid: (keyof ViewState)[] };

type Params = { getAll(name: string): string[] };

/** Reads the view from a query string; each malformed value falls back to its default and is named. */
export function parseView(params: Params, options: ViewOptions): ParsedView {
  const parse = parsers(options);
  const state = defaultView(options);
  const invalid: (keyof ViewState)[] = [];
  for (const key of Object.keys(parse) as (keyof ViewState)[]) {
    const all = params.getAll(key);
    if (all.length === 0) continue;
    const value = all.length === 1 && all[0] !== undefined ? parse[key](all[0]) : undefined;
    if (value === undefined) invalid.push(key);
    else (state as Record<keyof ViewState, unknown>)[key] = value;
  }
  // Your rate needs its value; a value without "your rate", or constant prices outside US dollars, mean nothing.
  if (state.rate === "custom" && state.idrPerUsd === null) {
    if (!invalid.includes("idrPerUsd")) invalid.push("idrPerUsd");
    state.rate = "article";
  }
  if (state.rate !== "custom" && state.idrPerUsd !== null) {
    if (!invalid.includes("idrPerUsd")) invalid.push("idrPerUsd");
    state.idrPerUsd = null;
  }
  if (state.prices === "constant" && state.currency !== "USD") {
    invalid.push("prices");
    state.prices = "nominal";
  }
  if (state.from > state.to) {
    const d = defaultView(options);
    invalid.push("from");
    state.from = d.from;
    state.to = d.to;
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
  if (state.rate === "custom" && state.idrPerUsd !== null) params.set("idrPerUsd", state.idrPerUsd);
  if (state.currency === "USD" && state.prices !== d.prices) params.set("prices", state.prices);
  if (state.currency === "USD" && state.prices === "constant" && state.base !== d.base) params.set("base", String(state.base));
  if (state.growth !== d.growth) params.set("growth", state.growth);
  if (state.unit !== d.unit) params.set("unit", state.unit);
  if (state.from !== d.from) params.set("from", String(state.from));
  if (state.to !== d.to) params.set("to", String(state.to));
  if (state.scale !== d.scale) params.set("scale", state.scale);
  if (state.lines !== d.lines) params.set("lines", state.lines);
  if (!same(state.years, d.years)) params.set("years", state.years.join(","));
  if (!same(state.countries, d.countries)) params.set("countries", state.countries.join(","));
  if (state.year !== d.year) params.set("year", String(state.year));
  if (state.partner !== d.partner) params.set("partner", state.partner);
  if (state.mirror !== d.mirror) params.set("mirror", state.mirror);
  if (state.table.length) params.set("table", FIGURES.filter((f) => state.table.includes(f)).join(","));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** The base year of the view's constant US dollars, or null for nominal values. */
export const constantBase = (s: Pick<ViewState, "currency" | "prices" | "base">): number | null => (s.currency === "USD" && s.prices === "constant" ? s.base : null);

/** The settings that change what a money value is and how it is written. */
export type MoneyView = Pick<ViewState, "currency" | "rate" | "idrPerUsd" | "prices" | "base" | "unit">;

/** The options the money settings need; the others stay empty, since a money view never reads them. */
const MONEY_ONLY: Omit<ViewOptions, "baseYears" | "defaultBase"> = { allYears: [], countryYears: [], defaultCountryYears: [], shareYears: [], defaultShareYear: 0 };

/**
 * Just the money settings of a view, for parts of the page that need nothing else (the headline):
 * read by parseView itself, so they follow exactly the rules every figure follows.
 */
export function parseMoneyView(params: Params, options: Pick<ViewOptions, "baseYears" | "defaultBase">): MoneyView {
  const { currency, rate, idrPerUsd, prices, base, unit } = parseView(params, { ...MONEY_ONLY, ...options }).state;
  return { currency, rate, idrPerUsd, prices, base, unit };
}
