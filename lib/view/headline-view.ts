import type { Dataset, Observation, TradeData } from "@/lib/data/types";
import { toCompact, type CompactDataset } from "@/lib/data/compact";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/format/locale";
import { currencyPrefix, formatMoney, formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { compare, div, parseDecimal, sub, type Ratio } from "@/lib/money/ratio";
import type { TradePoint } from "@/lib/schema/api";
import type { Currency, DisplayCurrency, RateBasis } from "@/lib/schema/primitives";
import { READER_SOURCE_ID } from "@/lib/schema/reader-rate";
import { ARTICLE_YEAR } from "@/lib/trade/article-year";
import type { ConversionStep } from "@/lib/trade/convert";
import { conversionOf, stepSourceIds, toPoint, type Prices } from "@/lib/trade/points";
import { withReaderRate } from "@/lib/trade/reader-rate";
import { displaySeries, findFigure } from "@/lib/trade/series";
import { rateCell } from "./cells";
import { changeSince } from "./headline-words";
import { headlineYardstick, type HeadlineYardstick } from "./headline-yardstick";
import { rowProvenance, sourceEntries, sourceLookup, type Provenance, type SourceLookup } from "./provenance";
import { rowFromPoint } from "./rows";
import { constantBase, type MoneyView } from "./state";

/**
 * The headline in words, composed once for every place that says it: the page's server versions,
 * the browser's version for any other money setting, and the share cards with their alt text.
 */

/** All the builder reads: the trade data, rates and price index, and the sources it names. */
export type HeadlineData = TradeData & { sources: SourceLookup };

/**
 * How a number was made: as a source states it, converted from US dollars at a rate, or US
 * dollars deflated to a base year's prices. Growth is only ever taken between two of one kind.
 */
export type NumberKind = "stated" | "converted" | "constant";

export type HeadlineNumber = {
  year: number;
  currency: DisplayCurrency;
  /** Exact, in whole units of `currency`. */
  value: Ratio;
  kind: NumberKind;
  /** "US$94.82 billion", in the view's unit. */
  text: string;
  /** The figure it comes from, with every rate and index it went through. */
  point: TradePoint;
};

export type HeadlineTestId = "headline-usd" | "headline-idr" | "headline-cny" | "headline-nominal";

/** One entry of the source line: "Rate 2023, 2024: Bank Indonesia…", or "Rate: your rate" (id `reader`). */
export type HeadlineSource = { id: string; label: string; name: string };

export type HeadlineView = {
  year: number;
  prevYear: number;
  currency: DisplayCurrency;
  eyebrow: string;
  main: HeadlineNumber & { testId: HeadlineTestId; provenance: Provenance };
  /** The same total another way, inside a sentence: `words` is before + text + after. */
  second: HeadlineNumber & { testId: HeadlineTestId; provenance: Provenance; before: string; after: string; words: string };
  /** current − previous, two numbers of one kind in the shown currency; `words` is text + rest. */
  change: { value: Ratio; growth: Ratio; current: HeadlineNumber; previous: HeadlineNumber; text: string; rest: string; words: string; provenance: Provenance };
  /** Every source the numbers went through: figures, rates (or your rate) and price indexes. */
  sources: HeadlineSource[];
  /** China's trade with Indonesia the same year, in the same money, and the five as a share of it. */
  yardstick: HeadlineYardstick | null;
};

const TEST_ID: Record<DisplayCurrency, HeadlineTestId> = { USD: "headline-usd", IDR: "headline-idr", CNY: "headline-cny" };

const kindOf = (steps: readonly ConversionStep[]): NumberKind =>
  steps.some((s) => s.kind === "index") ? "constant" : steps.some((s) => s.kind === "rate") ? "converted" : "stated";

/** The two years' figures in one currency as sources state them, where the data has both. */
function statedPair(observations: readonly Observation[], currency: Currency, year: number): [Observation, Observation] | null {
  const series = displaySeries(observations, currency);
  const now = findFigure(series, String(year), "CA5", "total");
  const prev = findFigure(series, String(year - 1), "CA5", "total");
  return now?.currency === currency && prev?.currency === currency ? [now, prev] : null;
}

/** The headline of a view; null where a number cannot be made (a year without a rate or an index). */
export function headlineView(data: HeadlineData, settings: MoneyView, locale: Locale, year: number = ARTICLE_YEAR): HeadlineView | null {
  const t = messagesFor(locale);
  const ctx = { locale, t };
  const shown = settings.currency;
  // Your rate applies only with its value; constant prices only to US dollars (as the figures have it).
  const custom = settings.rate === "custom" && settings.idrPerUsd !== null;
  const basis: RateBasis = settings.rate === "custom" && !custom ? "article" : settings.rate;
  const base = constantBase(settings);
  const d = withReaderRate(data, custom ? settings.idrPerUsd : null);
  const usd = statedPair(d.observations, "USD", year);
  if (!usd) throw new Error(`data/observations.json has no US-dollar CA5 totals for ${year - 1} and ${year}`);
  const place = `${t.partners.CA5}, ${year}`;

  const number = (o: Observation, currency: DisplayCurrency, prices: Prices): HeadlineNumber | null => {
    const c = conversionOf(o, currency, basis, d, prices);
    if (!c.ok) return null;
    return { year: o.year, currency, value: c.value, kind: kindOf(c.steps), text: formatMoney(c.value, currency, locale, { unit: settings.unit }), point: toPoint(o, currency, basis, d, prices) };
  };
  const popover = (n: HeadlineNumber): Provenance => rowProvenance(rowFromPoint(n.point), `${place}: ${n.text}`, ctx, data.sources);
  const prices: Prices = base === null ? null : { base };

  // The shown total: in yuan, the figure China stated in yuan where there is one (as every figure shows it).
  const yuanFigure = shown === "CNY" ? findFigure(displaySeries(d.observations, "CNY"), String(year), "CA5", "total") : undefined;
  const main = number(yuanFigure ?? usd[0], shown, prices);
  // Beside it: the rupiah at the view's rate, beside US dollars; the dollar figure as stated, beside anything else.
  const second = shown === "USD" && !prices ? number(usd[0], "IDR", null) : number(usd[0], "USD", null);
  /*
   * The change compares like with like. Where both years are stated in the shown currency, those two
   * figures; otherwise both years' US-dollar figures, each taken the same way (converted at its own
   * year's rate, or deflated to the base year). In yuan the data states 2024 (Xinhua, CN¥674.15 bn)
   * but not 2023, so the change is 2024's dollars at 2024's average against 2023's at 2023's: taking
   * the stated 2024 against a converted 2023 mixed two kinds and gave +6.5%, a gap from the mix alone.
   * The stated yuan total stays the number shown, and the words name the converted one the change uses.
   */
  const pair = (shown !== "USD" && statedPair(d.observations, shown, year)) || usd;
  const current = number(pair[0], shown, prices);
  const previous = number(pair[1], shown, prices);
  if (!main || !second || !current || !previous) return null;

  const value = sub(current.value, previous.value);
  const growth = div(value, previous.value);
  const changeText = formatMoney(value, shown, locale, { unit: settings.unit, signed: true });
  const sameAsMain = current.kind === main.kind && compare(current.value, main.value) === 0;
  // At each year's average, the year before went through its own rate: said, since the line above shows only this year's.
  const prevRate = settings.currency === "IDR" && settings.rate === "annual" ? previous.point.conversion.findLast((s) => s.to === "IDR") : undefined;
  const rest =
    changeSince(t, locale, growth, year - 1, previous.text) +
    (sameAsMain ? "" : fill(t.changeBothConverted, { year, value: current.text })) +
    (prevRate ? fill(t.changeOwnRate, { year: year - 1, rate: formatRate(parseDecimal(prevRate.rate), "IDR", locale) }) : "");
  const changeSources = [current, previous].flatMap((n) => [n.point.sourceId, ...n.point.conversion.flatMap(stepSourceIds)]);
  const converted = [current, previous].some((n) => n.point.conversion.length > 0);
  const change = {
    value,
    growth,
    current,
    previous,
    text: changeText,
    rest,
    words: `${changeText} ${rest}`,
    provenance: {
      heading: `${place}: ${changeText}`,
      lines: [
        { label: t.table.status, value: t.status.derived },
        { label: t.provenance.derivation, value: `${current.text} − ${previous.text} (${year - 1})` },
        ...(converted ? [{ label: t.table.rate, value: [current, previous].map((n) => `${n.year}: ${rateCell(n.point.conversion, ctx)}`).join("; ") }] : []),
      ],
      sources: sourceEntries(changeSources, data.sources, locale),
    },
  };

  const rateWords = (n: HeadlineNumber) => {
    const step = n.point.conversion.find((x) => x.rateBasis !== "cpi_u");
    const quote = step?.to === "CNY" ? "CNY" : "IDR";
    const label = quote === "CNY" ? fill(t.rateUsed.cny, { year }) : basis === "article" ? t.rateUsed.article : basis === "custom" ? t.rateUsed.custom : fill(t.rateUsed.annual, { year });
    return { rate: step ? formatRate(parseDecimal(step.rate), quote, locale) : "", basis: label };
  };
  const template =
    shown === "USD"
      ? prices
        ? fill(t.inConstant, { base: prices.base, year })
        : fill(basis === "article" ? t.inRupiah : t.inRupiahAt, rateWords(second))
      : main.kind === "stated"
        ? t.statedInYuan
        : fill(t.inDollars, rateWords(main));
  const [before = "", after = ""] = template.split("{value}");
  return {
    year,
    prevYear: year - 1,
    currency: shown,
    eyebrow: fill(t.headlineEyebrow, { year }),
    main: { ...main, testId: TEST_ID[shown], provenance: popover(main) },
    second: { ...second, testId: prices ? "headline-nominal" : TEST_ID[second.currency], provenance: popover(second), before, after, words: `${before}${second.text}${after}` },
    change,
    sources: sourceLine(t, locale, [main, second, current, previous], data.sources),
    yardstick: headlineYardstick(data, settings, locale, year),
  };
}

type Use = { role: "figure" | "rate" | "index"; id: string; year: number | null; currency: Currency | null };

const ROLES: Use["role"][] = ["figure", "rate", "index"];

/**
 * The source line: each figure's source with its year, each rate's and price index's, grouped by
 * source ("Rate 2023, 2024: …"); the reader's own rate is named as such, with no link.
 */
function sourceLine(t: Messages, locale: Locale, numbers: readonly HeadlineNumber[], sources: SourceLookup): HeadlineSource[] {
  const uses: Use[] = numbers.flatMap((n) => [
    { role: "figure" as const, id: n.point.sourceId, year: n.year, currency: n.point.stated.currency },
    ...n.point.conversion.flatMap((s): Use[] =>
      s.rateBasis === "cpi_u"
        ? [{ role: "index", id: s.rateSourceId, year: Number(s.ratePeriod), currency: null }]
        : stepSourceIds(s).map((id) => ({ role: "rate", id, year: /^\d{4}$/.test(s.ratePeriod) ? Number(s.ratePeriod) : null, currency: null })),
    ),
  ]);
  const currencies = new Set(uses.flatMap((u) => (u.currency ? [u.currency] : [])));
  const groups = new Map<string, Use[]>();
  for (const role of ROLES) for (const u of uses.filter((x) => x.role === role)) groups.set(`${role}|${u.id}`, [...(groups.get(`${role}|${u.id}`) ?? []), u]);
  return [...groups.values()].map((group) => {
    const [first] = group as [Use, ...Use[]];
    const years = [...new Set(group.flatMap((u) => (u.year === null ? [] : [u.year])))].sort((a, b) => a - b).join(", ");
    const label =
      first.role === "figure"
        ? `${t.source} ${years}${currencies.size > 1 && first.currency ? ` (${currencyPrefix(first.currency)})` : ""}`
        : first.role === "index"
          ? fill(t.rateUsed.index, { year: years })
          : years && first.id !== READER_SOURCE_ID
            ? `${t.rateSource} ${years}`
            : t.rateSource;
    const s = sources[first.id];
    const name = first.id === READER_SOURCE_ID ? t.rateUsed.custom : s ? `${s.publisher}, ${formatPartialDate(s.published, locale)}` : first.id;
    return { id: first.id, label, name };
  });
}

/** The data the headline needs, from the whole dataset: for the server, and the share cards. */
export const headlineData = (data: Pick<Dataset, "observations" | "rates" | "cpi" | "sources">): HeadlineData => ({ observations: data.observations, rates: data.rates, cpi: data.cpi, sources: sourceLookup(data.sources) });

/**
 * Just what the headline of any view needs, for the browser: the two years' figures of the five
 * (every source's), the rates of those years and the article's, the whole price index (any base
 * year) and the sources of all of them. A few kilobytes, sent with the page; no request.
 */
export function headlineCompact(data: Dataset, year: number = ARTICLE_YEAR): CompactDataset {
  const years = [String(year - 1), String(year)];
  // The five's two years, and Indonesia's for the yardstick under them.
  const observations = data.observations.filter((o) => o.reporter === "CHN" && (o.partner === "CA5" || (o.partner === "IDN" && o.period === String(year))) && o.flow === "total" && years.includes(o.period));
  const rates = data.rates.filter((r) => r.basis === "article_stated" || years.includes(r.period));
  const ids = new Set([...observations.map((o) => o.sourceId), ...rates.map((r) => r.sourceId), ...data.cpi.map((c) => c.sourceId)]);
  return toCompact({ ...data, observations, rates, sources: new Map([...data.sources].filter(([id]) => ids.has(id))) });
}
