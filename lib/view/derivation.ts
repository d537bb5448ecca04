import type { Locale } from "@/lib/format/locale";
import { formatDecimal, formatPercent, scaleWord } from "@/lib/format/number";
import { formatPeriod } from "@/lib/format/date";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { div, parseDecimal, ratio } from "@/lib/money/ratio";
import type { WorkedFormula, WorkedInput } from "@/lib/schema/api-formula";
import type { Flow, Partner, Reporter } from "@/lib/schema/primitives";

/**
 * "How it was computed", written from a derived figure's formula in the page's language: the
 * operation, what each input is (what sets it apart from the others: its flow, its country, its
 * year), the numbers as their sources state them, in the page's number format, and the sources.
 * Nothing is read from the English `derivation`, so no phrasing of it can reach a page untranslated.
 */

type Amount = Extract<WorkedInput, { kind: "amount" }>;
type Cell = NonNullable<Amount["cell"]>;
/** The figure the formula computes: its own cell, against which a lone input is described. */
export type DerivedCell = { period: string; reporter: Reporter; partner: Partner; flow: Flow | "balance" };
type Words = { t: Pick<Messages, "formula" | "partners" | "reporters">; locale: Locale };

/** "International Monetary Fund, Direction of Trade Statistics (xlsx download …)", "WMHG.org citing BPS": the publisher's name. */
export const sourceName = (publisher: string): string => publisher.split(/\s*\(|,?\s+citing\s/)[0]?.trim() || publisher;

const places = (value: string) => value.split(".")[1]?.length ?? 0;
/** A number with the digits its source gave, in the page's format: "110,173" on /id, "110.173" on /en. */
const number = (value: string, locale: Locale) => formatDecimal(parseDecimal(value), locale, { min: places(value), max: places(value) });
const unitWords = (a: Pick<Amount, "unit" | "currency">, w: Words) => `${scaleWord(a.unit, w.locale)} ${w.t.formula.currencies[a.currency]}`;
const amountText = (a: Amount, w: Words) => `${number(a.value, w.locale)} ${unitWords(a, w)}`;

const CELL_FIELDS = ["flow", "partner", "reporter", "period"] as const;

function cellWord(field: (typeof CELL_FIELDS)[number], cell: Cell, w: Words): string {
  if (field === "flow") return w.t.formula.flows[cell.flow];
  if (field === "partner") return w.t.partners[cell.partner];
  if (field === "reporter") return w.t.reporters[cell.reporter as keyof Messages["reporters"]] ?? cell.reporter;
  return formatPeriod(cell.period, w.locale);
}

/**
 * What names each amount: the fields in which the inputs differ from one another (exports and
 * imports; five countries), or where they do not, in which each differs from the figure itself.
 */
function labels(amounts: readonly Amount[], figure: DerivedCell, w: Words): (string | null)[] {
  const cells = amounts.flatMap((a) => (a.cell ? [a.cell] : []));
  const varying = CELL_FIELDS.filter((f) => new Set(cells.map((c) => c[f])).size > 1);
  return amounts.map((a) => {
    const cell = a.cell;
    if (!cell) return null;
    const fields = varying.length ? varying : CELL_FIELDS.filter((f) => f !== "flow" && cell[f] !== figure[f]);
    return fields.length ? fields.map((f) => cellWord(f, cell, w)).join(" ") : null;
  });
}

/** Amounts joined by + or −: "ekspor + impor (110,173 + 67,437 juta dolar AS)" where they share a unit, else each with its own. */
function terms(amounts: readonly Amount[], symbol: string, figure: DerivedCell, w: Words): string {
  const named = labels(amounts, figure, w);
  const first = amounts[0];
  const shared = first && amounts.every((a) => a.unit === first.unit && a.currency === first.currency) && named.every((n) => n !== null);
  if (shared) return `${named.join(symbol)} (${amounts.map((a) => number(a.value, w.locale)).join(symbol)} ${unitWords(first, w)})`;
  return amounts.map((a, i) => (named[i] ? `${named[i]} ${amountText(a, w)}` : amountText(a, w))).join(symbol);
}

/** "+ 28,8%" or "− 5,2%", as (1 + growth) is read: the sign apart from the number. */
function growthText(percent: string, locale: Locale): string {
  const p = parseDecimal(percent.replace(/^[+-]/, ""));
  const digits = places(percent);
  return `${percent.startsWith("-") ? "−" : "+"} ${formatPercent(div(p, ratio(100n)), locale, false, digits, digits)}`;
}

function body(f: WorkedFormula, figure: DerivedCell, w: Words): string {
  const amounts = f.inputs.filter((i): i is Amount => i.kind === "amount");
  if (f.op === "sum") return terms(amounts, " + ", figure, w);
  if (f.op === "difference") return terms(amounts, " − ", figure, w);
  if (f.op === "mean") return fill(w.t.formula.mean, { terms: terms(amounts, " + ", figure, w) });
  const [amount] = amounts;
  const other = f.inputs[1];
  if (!amount || !other) return "";
  if (f.op === "before-growth" && other.kind === "growth") {
    const next = amount.cell?.period ?? String(Number(figure.period.slice(0, 4)) + 1);
    return fill(w.t.formula.beforeGrowth, { amount: amountText(amount, w), next: formatPeriod(next, w.locale), growth: growthText(other.percent, w.locale) });
  }
  if (f.op === "convert" && other.kind === "rate") {
    return fill(w.t.formula.convert, { amount: amountText(amount, w), rate: number(other.value, w.locale), quote: w.t.formula.currencies[other.quote], basis: w.t.formula.bases[other.basis], period: formatPeriod(other.period, w.locale) });
  }
  return "";
}

/** The sentence, or null where the formula's inputs do not fit its operation (the schema keeps that from data/). */
export function derivationText(f: WorkedFormula, figure: DerivedCell, w: Words, publisherOf: (sourceId: string) => string | undefined): string | null {
  const text = body(f, figure, w);
  if (!text) return null;
  const names = [...new Set(f.inputs.map((i) => sourceName(publisherOf(i.sourceId) ?? i.sourceId)))];
  return fill(names.length > 1 ? w.t.formula.sources : w.t.formula.source, { body: text, names: names.join(", ") });
}
