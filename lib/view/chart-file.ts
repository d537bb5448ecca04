import type { Locale } from "@/lib/format/locale";
import { formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { parseDecimal } from "@/lib/money/ratio";
import { unitLabel, type CellContext } from "./cells";
import type { ViewState } from "./state";

/**
 * A downloaded chart must be publishable as it is: title, the unit and rate it is drawn in, its
 * legend, the notes and sources under it, and the address of the view. This module lays those out
 * around the chart's own SVG; download.ts collects them from the page.
 */
export type ChartFileParts = {
  /** The chart's own SVG content (no outer element), at the size it was drawn. */
  chart: { svg: string; width: number; height: number };
  title: string;
  subtitle: string;
  legend: readonly { label: string; icon: string }[];
  notes: readonly string[];
  address: string;
  colors: { background: string; text: string; muted: string };
};

const PAD = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const TITLE = { size: 18, line: 24 };
const SMALL = { size: 12, line: 16 };
const LEGEND = { icon: 14, gap: 6, spacing: 18, line: 20 };
/** Average glyph width as a share of the font size, for wrapping without a layout engine. */
const GLYPH = 0.56;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Greedy word wrap at `maxChars`; a word longer than a line (a URL) gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** What the chart is drawn in: "Nilai dalam Rp, triliun · Kurs: Kurs artikel (Rp16.296)". */
export function chartSubtitle(state: Pick<ViewState, "currency" | "rate" | "idrPerUsd">, ctx: CellContext, t: Messages, locale: Locale, derivedRateYears: readonly string[] = []): string {
  const unit = unitLabel(ctx);
  // A year whose average is derived from its months is named as such wherever the annual rates are.
  const derived = state.currency === "IDR" && state.rate === "annual" ? derivedRateYears.map((year) => `; ${fill(t.rateUsed.annualDerived, { year })}`).join("") : "";
  const rate =
    state.currency === "CNY"
      ? (t.controls.yuanRate.split(/[;.]/)[0] ?? t.controls.yuanRate)
      : state.currency === "IDR"
        ? `${t.controls.rate}: ${state.rate === "article" ? t.controls.rateArticle : state.rate === "annual" ? `${t.controls.rateAnnual}${derived}` : `${t.controls.rateCustom} (${formatRate(parseDecimal(state.idrPerUsd ?? "0"), "IDR", locale)})`}`
        : null;
  return rate ? `${unit} · ${rate}` : unit;
}

/** The whole file: header, legend, the chart as drawn, notes and sources, the view's address. */
export function chartFile(p: ChartFileParts): { svg: string; width: number; height: number } {
  const inner = p.chart.width;
  const width = inner + 2 * PAD;
  const chars = (size: number) => Math.max(20, Math.floor(inner / (size * GLYPH)));
  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], font: { size: number; line: number }, fill: string, weight = "normal") => {
    for (const line of lines) {
      y += font.line;
      parts.push(`<text x="${PAD}" y="${y - (font.line - font.size) / 2}" font-size="${font.size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`);
    }
  };
  text(wrapText(p.title, chars(TITLE.size)), TITLE, p.colors.text, "bold");
  text(wrapText(p.subtitle, chars(SMALL.size)), SMALL, p.colors.muted);

  // The legend flows left to right and wraps, as the page lays it out.
  if (p.legend.length) {
    y += 6;
    let x = PAD;
    let rowTop = y;
    for (const item of p.legend) {
      const w = LEGEND.icon + LEGEND.gap + item.label.length * SMALL.size * GLYPH;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        rowTop += LEGEND.line;
      }
      parts.push(`<svg x="${x}" y="${rowTop + 3}" width="${LEGEND.icon}" height="${LEGEND.icon}" viewBox="0 0 32 32">${item.icon}</svg>`);
      parts.push(`<text x="${x + LEGEND.icon + LEGEND.gap}" y="${rowTop + 15}" font-size="${SMALL.size}" fill="${p.colors.text}">${escapeXml(item.label)}</text>`);
      x += w + LEGEND.spacing;
    }
    y = rowTop + LEGEND.line;
  }

  y += 4;
  parts.push(`<svg x="${PAD}" y="${y}" width="${inner}" height="${p.chart.height}" viewBox="0 0 ${inner} ${p.chart.height}">${p.chart.svg}</svg>`);
  y += p.chart.height + 4;
  for (const note of p.notes) text(wrapText(note, chars(SMALL.size)), SMALL, p.colors.muted);
  text(wrapText(p.address, chars(SMALL.size)), SMALL, p.colors.text);
  const height = Math.ceil(y + PAD);

  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(p.title)}</title>`,
    `<rect width="100%" height="100%" fill="${p.colors.background}"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
  return { svg, width, height };
}
