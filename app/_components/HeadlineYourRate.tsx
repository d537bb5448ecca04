"use client";

import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { div, mul, parseDecimal, sub } from "@/lib/money/ratio";
import type { Provenance, ProvenanceSource } from "@/lib/view/provenance";
import { HeadlineBlock } from "./HeadlineBlock";
import { changeSince } from "@/lib/trade/headline-words";

export type YourRateProps = {
  locale: Locale;
  idrPerUsd: string;
  /** Which currency leads: rupiah, or US dollars with rupiah beside them. */
  main: "USD" | "IDR";
  year: number;
  prevYear: number;
  /** The two years' totals in US dollars, exact decimal text. */
  usdTotal: string;
  usdPrevious: string;
  usd: { text: string; provenance: Provenance };
  /** The change in US dollars, for the version that leads with them. */
  usdChange: { text: string; provenance: Provenance; rest: string };
  sources: ProvenanceSource[];
};

/** The headline at the reader's own rupiah rate: the same exact arithmetic as every other figure. */
export default function HeadlineYourRate({ locale, idrPerUsd, main, year, prevYear, usdTotal, usdPrevious, usd, usdChange, sources }: YourRateProps) {
  const t = messagesFor(locale);
  const rate = parseDecimal(idrPerUsd);
  const total = mul(parseDecimal(usdTotal), rate);
  const previous = mul(parseDecimal(usdPrevious), rate);
  const change = sub(total, previous);
  const place = `${t.partners.CA5}, ${year}`;
  const rateText = `${formatRate(rate, "IDR", locale)} (${t.rateUsed.custom})`;
  const idr = formatMoney(total, "IDR", locale);
  const prev = formatMoney(previous, "IDR", locale);
  const changeText = formatMoney(change, "IDR", locale, { signed: true });
  const idrProvenance: Provenance = { heading: `${place}: ${idr}`, lines: [...usd.provenance.lines, { label: t.table.rate, value: rateText }], sources: usd.provenance.sources };
  const changeProvenance: Provenance = {
    heading: `${place}: ${changeText}`,
    lines: [
      { label: t.table.status, value: t.status.derived },
      { label: t.provenance.derivation, value: `${idr} − ${prev} (${prevYear})` },
      { label: t.table.rate, value: rateText },
    ],
    sources,
  };
  const rest = changeSince(t, locale, div(change, previous), prevYear, prev);
  const [before = "", after = ""] = (main === "IDR" ? t.inDollars : t.inRupiahAt).split("{value}");
  const filled = fill(after, { rate: formatRate(rate, "IDR", locale), basis: t.rateUsed.custom });
  const idrNumber = { testId: "headline-idr" as const, text: idr, provenance: idrProvenance };
  const usdNumber = { testId: "headline-usd" as const, ...usd };
  return main === "IDR" ? (
    <HeadlineBlock t={t} main={idrNumber} second={{ ...usdNumber, before, after: filled }} change={{ text: changeText, provenance: changeProvenance, rest }} />
  ) : (
    <HeadlineBlock t={t} main={usdNumber} second={{ ...idrNumber, before, after: filled }} change={usdChange} />
  );
}
