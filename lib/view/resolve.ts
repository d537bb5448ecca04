import type { ChartMarker } from "./timeline";
import type { FigureId, ViewOptions, ViewState } from "./state";

/**
 * The one place that decides what each figure shows in a view. Settings that name years of their
 * own (the by-country figure's years, the shares figure's year) are read inside the year range;
 * where the reader's pick falls outside it, the figure shows the nearest thing inside and says so
 * in its notes, rather than going blank or silently ignoring the range.
 */

/** A setting a figure could not follow as given, and what it shows instead. */
export type Adjustment =
  | { kind: "years"; asked: readonly number[]; shown: readonly number[] }
  | { kind: "years-dropped"; dropped: readonly number[] }
  | { kind: "year"; asked: number; shown: number | null };

export type ResolvedView = {
  /** The view every figure draws: the reader's settings with figure-specific years brought into the range. */
  state: ViewState;
  adjustments: Partial<Record<FigureId, Adjustment>>;
};

type Options = Pick<ViewOptions, "countryYears" | "defaultCountryYears" | "shareYears">;

const within = (y: number, s: Pick<ViewState, "from" | "to">) => y >= s.from && y <= s.to;

export function resolveView(state: ViewState, options: Options): ResolvedView {
  const adjustments: ResolvedView["adjustments"] = {};
  let years = state.years.filter((y) => within(y, state));
  if (years.length === 0) {
    // As many of the latest years in the range as the figure starts with by default.
    const count = Math.max(1, options.defaultCountryYears.length);
    years = options.countryYears.filter((y) => within(y, state)).slice(-count);
    adjustments.countries = { kind: "years", asked: state.years, shown: years };
  } else if (years.length < state.years.length) {
    adjustments.countries = { kind: "years-dropped", dropped: state.years.filter((y) => !within(y, state)) };
  }
  let year = state.year;
  if (!within(year, state)) {
    const inRange = options.shareYears.filter((y) => within(y, state));
    const shown = inRange.at(-1) ?? null;
    adjustments.shares = { kind: "year", asked: state.year, shown };
    year = shown ?? state.year;
  }
  return { state: { ...state, years, year }, adjustments };
}

/** The share year a view shows, or null when no year of the range has all five countries. */
export function shownShareYear(resolved: ResolvedView): number | null {
  const a = resolved.adjustments.shares;
  return a?.kind === "year" ? a.shown : resolved.state.year;
}

/** A range in words: "2015–2020", or one year alone, "2025". */
export const yearSpan = (from: number, to: number): string => (from === to ? String(from) : `${from}–${to}`);

/** Event markers that fall inside the range: the axis never stretches to show an event outside it. */
export const markersIn = (markers: readonly ChartMarker[], s: Pick<ViewState, "from" | "to">): ChartMarker[] =>
  markers.filter((m) => m.x >= s.from && m.x < s.to + 1);
