import { fill } from "@/lib/i18n/fill";
import { formatPeriod } from "@/lib/format/date";
import { formatGrowth, formatMoney } from "@/lib/format/number";
import { abs, add, compare, ratio, type Ratio } from "@/lib/money/ratio";
import { COUNTRIES } from "@/lib/schema/values";
import { gapNumber, moneyText, shareCell, type CellContext } from "./cells";
import type { FigureRow } from "./rows";

/** One-sentence summaries computed from the rows the figure shows; they are each chart's text alternative. */

const fullYears = (rows: readonly FigureRow[]) => rows.filter((r) => r.periodType === "year" && r.status !== null);

/** Where the rows have figures but none converts at this rate: which years, said so, never "no data". */
function noneConverted(rows: readonly FigureRow[], ctx: CellContext): string | null {
  const years = [...new Set(rows.filter((r) => r.unavailable === "no-rate").map((r) => r.year))];
  return years.length ? fill(ctx.t.summary.noneConverted, { years: years.join(", ") }) : null;
}

/** The word for how `b` stands against `a`: rose / fell / stayed, by the exact values cited. */
const direction = (a: Ratio, b: Ratio) => Math.sign(compare(b, a)) as -1 | 0 | 1;

/**
 * From the range's first full year to `year` (the article's year, or the range's last), with the
 * year before: each verb agrees with the two numbers it stands between, in the view's currency. A
 * year that cannot be converted is never compared; a later one is named as such.
 */
export function trendSummary(rows: readonly FigureRow[], year: number, ctx: CellContext): string {
  const known = fullYears(rows).filter((r) => r.value !== null);
  const current = known.find((r) => r.year === year) ?? known.filter((r) => r.year <= year).at(-1) ?? known.at(-1);
  const first = known[0];
  if (!current || !first) return noneConverted(rows, ctx) ?? ctx.t.summary.trendNone;
  const later = fullYears(rows).filter((r) => r.year > current.year);
  const latest = later.filter((r) => r.value !== null).at(-1);
  const unconverted = later.filter((r) => r.value === null && (!latest || r.year > latest.year)).map((r) => r.year);
  const tail =
    (latest ? fill(ctx.t.summary.trendLatest, { latestYear: latest.year, latest: moneyText(latest, ctx) }) : "") +
    (unconverted.length ? fill(ctx.t.summary.trendLater, { years: unconverted.join(", ") }) : "");
  if (first === current) return fill(ctx.t.summary.trendOne, { year: current.year, value: moneyText(current, ctx) }) + tail;
  const prev = known.find((r) => r.year === current.year - 1);
  const words = { [-1]: ctx.t.summary.fell, 0: ctx.t.summary.stayed, 1: ctx.t.summary.rose } as const;
  const prevWords = { [-1]: ctx.t.summary.up, 0: ctx.t.summary.same, 1: ctx.t.summary.down } as const;
  const prevText =
    prev && prev !== first && prev.value && current.value
      ? fill(ctx.t.summary.trendPrev, { verb: prevWords[direction(current.value, prev.value)], prev: moneyText(prev, ctx), prevYear: prev.year })
      : "";
  return (
    fill(ctx.t.summary.trend, {
      first: moneyText(first, ctx),
      firstYear: first.year,
      verb: words[direction(first.value as Ratio, current.value as Ratio)],
      value: moneyText(current, ctx),
      year: current.year,
      prev: prevText,
    }) + tail
  );
}

/**
 * The largest partner of the latest year that has values: "the largest partner" only when all five
 * are shown with a figure that year, else "of the countries shown"; a later year that cannot be
 * converted is named, never described as a value.
 */
export function countriesSummary(rows: readonly FigureRow[], ctx: CellContext): string {
  const withValue = rows.filter((r) => r.value !== null);
  if (withValue.length === 0) return noneConverted(rows, ctx) ?? ctx.t.summary.countriesNone;
  const lastYear = Math.max(...withValue.map((r) => r.year));
  const year = withValue.filter((r) => r.year === lastYear);
  const top = year.sort((a, b) => compare(b.usd ?? b.value ?? ratio(0n), a.usd ?? a.value ?? ratio(0n)))[0];
  if (!top) return ctx.t.summary.countriesNone;
  const everyCountry = COUNTRIES.every((c) => year.some((r) => r.partner === c));
  const share = top.share ? fill(ctx.t.summary.countriesShare, { share: shareCell(top, ctx.locale) }) : "";
  const text = fill(everyCountry ? ctx.t.summary.countries : ctx.t.summary.countriesSelected, { year: lastYear, country: ctx.t.partners[top.partner], value: moneyText(top, ctx), share });
  const unconverted = [...new Set(rows.filter((r) => r.unavailable === "no-rate" && r.year > lastYear).map((r) => r.year))];
  return unconverted.length ? text + fill(ctx.t.summary.countriesLater, { years: unconverted.join(", ") }) : text;
}

export function flowsSummary(rows: readonly FigureRow[], ctx: CellContext): string {
  const years = [...new Set(rows.filter((r) => r.periodType === "year" && r.flow === "balance" && r.value).map((r) => r.period))];
  const period = years.at(-1);
  const pick = (flow: FigureRow["flow"]) => rows.find((r) => r.period === period && r.flow === flow);
  const ex = pick("export");
  const im = pick("import");
  const bal = pick("balance");
  if (!period || !ex || !im || !bal) return ctx.t.summary.flowsNone;
  if (!bal.value) return ctx.t.summary.flowsNone;
  // A surplus or a deficit in words, so the amount is unsigned.
  return fill(bal.value.num < 0n ? ctx.t.summary.flowsDeficit : ctx.t.summary.flows, {
    year: formatPeriod(period, ctx.locale),
    partner: ctx.t.partners[ex.partner],
    exports: moneyText(ex, ctx),
    imports: moneyText(im, ctx),
    balance: formatMoney(abs(bal.value), ctx.currency, ctx.locale, { unit: ctx.scale ?? "auto" }),
  });
}

export function sharesSummary(rows: readonly FigureRow[], year: number | null, ctx: CellContext): string {
  const [first, second] = rows;
  if (year === null || !first?.share || !second?.share) return ctx.t.summary.sharesNone;
  return fill(ctx.t.summary.shares, {
    country: ctx.t.partners[first.partner],
    share: shareCell(first, ctx.locale),
    year,
    second: ctx.t.partners[second.partner],
    secondShare: shareCell(second, ctx.locale),
  });
}

/** The latest share, with the world's total where it can be shown in this money; never a value it cannot show. */
export function worldSummary(rows: readonly FigureRow[], ctx: CellContext): string {
  const known = rows.filter((r) => r.periodType === "year" && r.share);
  const last = known.at(-1);
  const first = known[0];
  if (!last || !first) return ctx.t.summary.worldNone;
  const text = last.value
    ? fill(ctx.t.summary.world, { year: last.year, share: shareCell(last, ctx.locale), value: moneyText(last, ctx) })
    : fill(ctx.t.summary.worldNoValue, { year: last.year, share: shareCell(last, ctx.locale) });
  return first === last ? text : text + fill(ctx.t.summary.worldRange, { firstYear: first.year, firstShare: shareCell(first, ctx.locale) });
}

export function mirrorSummary(rows: readonly FigureRow[], country: string, ctx: CellContext): string {
  const last = rows.filter((r) => r.gap).at(-1);
  const own = last && rows.find((r) => r.year === last.year && r.reporter !== "CHN");
  if (!last || !own || !last.gap) return ctx.t.summary.mirrorNone;
  return fill(ctx.t.summary.mirror, { year: last.year, china: moneyText(last, ctx), country, own: moneyText(own, ctx), gap: gapNumber(last, ctx.locale) });
}

/** The latest change on the previous year in the five-country series, with both values. */
export function yoySummary(rows: readonly FigureRow[], ctx: CellContext): string {
  const ca5 = rows.filter((r) => r.partner === "CA5");
  const latest = ca5.filter((r) => r.change).at(-1);
  const from = latest?.changeFrom;
  if (!latest?.change || !from) return ctx.t.summary.yoyNone;
  // The previous value cited is the one the change was read against (the same source's, where it differs from the shown one).
  return fill(ctx.t.summary.yoy, {
    year: latest.year,
    change: formatGrowth(latest.change, ctx.locale),
    prevYear: from.year,
    value: moneyText(from.to ? { ...latest, value: from.to } : latest, ctx),
    prev: moneyText({ ...latest, value: from.value }, ctx),
  });
}

/** The five countries' compound annual growth over the range, or which end lacks a figure. */
export function cagrSummary(rows: readonly FigureRow[], range: { from: number; to: number }, ctx: CellContext): string {
  if (range.to <= range.from) return ctx.t.summary.cagrOneYear;
  const row = rows.find((r) => r.partner === "CA5");
  if (!row?.change || !row.span?.first) {
    const year = row?.span?.first ? range.to : range.from;
    return fill(row?.unavailable === "no-rate" ? ctx.t.summary.cagrNoRate : ctx.t.summary.cagrNone, { year });
  }
  const n = range.to - range.from;
  // A negative average is a fall, said with the word and an unsigned rate: never "grew −3.7%".
  const fell = row.change.num < 0n;
  return fill(fell ? ctx.t.summary.cagrFell : ctx.t.summary.cagr, {
    first: moneyText({ ...row, value: row.span.first }, ctx),
    from: range.from,
    last: moneyText(row, ctx),
    to: range.to,
    cagr: fell ? formatGrowth(abs(row.change), ctx.locale).replace(/^\+/, "") : formatGrowth(row.change, ctx.locale),
    years: n === 1 ? ctx.t.summary.yearCount.one : fill(ctx.t.summary.yearCount.other, { n }),
  });
}

/**
 * The latest year shown whose exports and imports do not add up to the total shown, and why: each
 * figure rounded on its own in one source (2024: 64.2 + 30.6 = 94.8 beside 94.82), or a total from
 * another statement (1995: China Today's total beside the IMF's flows; yuan as stated beside
 * dollars converted). Sums that read the same as shown are not a difference.
 */
export function flowsSumNote(rows: readonly FigureRow[], total: (period: string) => FigureRow | null, ctx: CellContext, sourceName: (id: string) => string = (id) => id): string | null {
  const periods = [...new Set(rows.filter((r) => r.periodType === "year" && r.flow === "balance" && r.value).map((r) => r.period))];
  for (const period of periods.reverse()) {
    const ex = rows.find((r) => r.period === period && r.flow === "export");
    const im = rows.find((r) => r.period === period && r.flow === "import");
    const t = total(period);
    if (!ex?.value || !im?.value || !t?.value) continue;
    const sum = add(ex.value, im.value);
    const [sumText, totalText] = [moneyText({ ...t, value: sum }, ctx), moneyText(t, ctx)];
    if (compare(sum, t.value) === 0 || sumText === totalText) continue;
    const source = t.sourceIds[0] ?? "";
    const other = !ex.sourceIds.includes(source) || !im.sourceIds.includes(source) || t.stated?.currency !== ex.stated?.currency;
    return other
      ? fill(ctx.t.flowsSourcesNote, { year: period, sum: sumText, total: totalText, source: sourceName(source) })
      : fill(ctx.t.flowsSumNote, { year: period, sum: sumText, total: totalText });
  }
  return null;
}
