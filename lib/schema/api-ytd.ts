import { z } from "zod";
import { CURRENCIES, FLOWS, PARTNERS, REPORTERS, STATUSES, UNITS } from "./values";

/** The JSON of /api/ytd: these schemas are the definition of its types. */

const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/);

/** One part-year (or one-month) figure, in whole units of the currency its source states it in: never converted. */
export const ytdFigureJson = z.object({
  period: z.string(),
  value: z.number().int(),
  /** The same whole units as a string, exact at any size. */
  valueText: z.string().regex(/^-?\d+$/),
  currency: z.enum(CURRENCIES),
  status: z.enum(STATUSES),
  sourceIds: z.array(z.string()),
  /** The figure as its source states it; null for the five's sum made here from the five countries' figures. */
  stated: z.object({ value: z.string(), unit: z.enum(UNITS), currency: z.enum(CURRENCIES) }).nullable(),
  derivation: z.string().nullable(),
});

const cell = {
  reporter: z.enum(REPORTERS),
  partner: z.enum(PARTNERS),
  flow: z.enum(FLOWS),
  periodType: z.enum(["ytd", "month"]),
  /** The calendar months covered, 1 = January: { from: 1, to: 10 } is January–October. */
  months: z.object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) }),
};

export const ytdComparisonJson = z.object({
  ...cell,
  current: ytdFigureJson,
  /** The same months of the year before, same reporter, partner, flow and currency. */
  previous: ytdFigureJson,
  /** current ÷ previous − 1, exact to 6 decimals; always derived (ours). */
  change: decimalText,
  /** The same, in percent to one decimal, as the page writes it. */
  changePercent: decimalText,
});

export const ytdAloneJson = z.object({ ...cell, figure: ytdFigureJson, comparedWith: z.null() });

export const ytdResponse = z.object({
  description: z.string(),
  comparisons: z.array(ytdComparisonJson),
  /** Part-year figures without a figure for the same months of the year before: never compared with anything else. */
  alone: z.array(ytdAloneJson),
});

export type YtdFigureJson = z.infer<typeof ytdFigureJson>;
export type YtdResponse = z.infer<typeof ytdResponse>;
