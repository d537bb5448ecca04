import type { Currency } from "@/lib/schema/primitives";

/** How a text writes its numbers: Indonesian "94,82" and "1.545,19", English "94.82" and "1,545.19". */
export type NumberStyle = "id" | "en";

export type NumberUnit = "money" | "percent" | "times" | "plain";

/** One number in a text, with what is written around it: sign, currency, scale word, % or "times". */
export type NumberToken = {
  /** The whole figure as written, sign, currency and unit words included. */
  start: number;
  end: number;
  /** The number alone, as a plain decimal string with the digits written: "94.82", "1545.19". */
  digits: string;
  /** The scale word's power of ten: 9 for "billion", "miliar" or "bn"; 0 without one. */
  exp: number;
  currency: Currency | null;
  unit: NumberUnit;
  sign: "+" | "-" | null;
};

const L = "\\p{L}";
const NUMBER = new RegExp(
  `(?<![${L}\\p{N}_.,])([+\\-−]\\s?)?(US\\s?\\$|U\\.S\\.\\s?\\$|USD|CN¥|RMB|CNY|IDR|Rp\\.?|\\$|¥)?\\s?(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\p{N}])`,
  "giu",
);

const SCALES: readonly [RegExp, number, NumberStyle | null][] = [
  [/^(?:\s|-)?(?:thousand)(?![\p{L}])/iu, 3, "en"],
  [/^\s?(?:ribu|rb)(?![\p{L}])/iu, 3, "id"],
  [/^(?:\s|-)?(?:million|mln|mn)(?![\p{L}])/iu, 6, "en"],
  [/^\s?(?:juta|jt)(?![\p{L}])/iu, 6, "id"],
  [/^(?:\s|-)?(?:billion|bln|bn)(?![\p{L}])/iu, 9, "en"],
  [/^\s?(?:miliar|milyar|milliar)(?![\p{L}])/iu, 9, "id"],
  [/^(?:\s|-)?(?:trillion|trln|tn)(?![\p{L}])/iu, 12, "en"],
  [/^\s?(?:triliun)(?![\p{L}])/iu, 12, "id"],
  // A bare letter only right after the digits, as headlines write "$80m" and "$5.5B".
  [/^[kK](?![\p{L}])/u, 3, null],
  [/^m(?![\p{L}])/u, 6, null],
  [/^[bB](?![\p{L}])/u, 9, null],
];

const CURRENCY_BEFORE: readonly [RegExp, Currency][] = [
  [/^(?:US\s?\$|U\.S\.\s?\$|USD|\$)$/i, "USD"],
  [/^(?:Rp\.?|IDR)$/i, "IDR"],
  [/^(?:CN¥|RMB|CNY|¥)$/i, "CNY"],
];

const CURRENCY_AFTER: readonly [RegExp, Currency][] = [
  [/^\s*(?:U\.\s?S\.\s+dollars?|US\s+dollars?|American\s+dollars?|dollars?|dolar(?:\s+(?:AS|Amerika(?:\s+Serikat)?))?|dollar\s+AS|USD)(?![\p{L}])/iu, "USD"],
  [/^\s*(?:yuan|renminbi|RMB|CNY)(?![\p{L}])/iu, "CNY"],
  [/^\s*(?:rupiah|IDR)(?![\p{L}])/iu, "IDR"],
];

const PERCENT = /^\s?(?:%|per\s?cent(?![\p{L}])|persen(?![\p{L}])|-percent(?![\p{L}])|pct(?![\p{L}]))/iu;
const TIMES = /^(?:\s|-)?(?:times|fold|kali(?:\s+lipat)?|×)(?![\p{L}])/iu;

const ID_MARKERS = /(?<![\p{L}])(miliar|milyar|triliun|juta|ribu|dolar|pada|dan|yang|naik|perdagangan|dengan|tahun|mencapai|sebesar|hampir|sekitar|lebih|dari|persen|antara|negara|ke)(?![\p{L}])/giu;
const EN_MARKERS = /(?<![\p{L}])(billion|million|trillion|the|and|in|of|trade|reached|percent|dollars|with|from|to|between|countries|was|were)(?![\p{L}])/giu;

/** Indonesian or English number style, from the words around the numbers. */
export function textStyle(text: string): NumberStyle {
  const id = text.match(ID_MARKERS)?.length ?? 0;
  const en = text.match(EN_MARKERS)?.length ?? 0;
  return id > en ? "id" : "en";
}

/**
 * A written number as a plain decimal string. Both separators: the last one, written once, is the
 * decimal mark. One kind, repeated: grouping. One separator before exactly three digits is the
 * ambiguous case ("16.296", "1,545"): grouping in the text's own style (a dot in Indonesian, a comma
 * in English). Groups not of three digits ("1.2.3", "94,821.545,19") are no number: null.
 */
export function toDecimal(raw: string, style: NumberStyle): string | null {
  const dots = raw.split(".").length - 1;
  const commas = raw.split(",").length - 1;
  const grouped = (text: string, sep: string) => text.split(sep).every((g, i) => i === 0 || g.length === 3);
  if (dots && commas) {
    const decimal = raw.lastIndexOf(".") > raw.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole = "", fraction = ""] = raw.split(decimal);
    if ((decimal === "." ? dots : commas) > 1 || !grouped(whole, group)) return null;
    return `${whole.replaceAll(group, "")}.${fraction}`;
  }
  const sep = dots ? "." : commas ? "," : null;
  if (!sep) return raw;
  if (dots + commas > 1) return grouped(raw, sep) ? raw.replaceAll(sep, "") : null;
  const after = raw.length - raw.indexOf(sep) - 1;
  const grouping = after === 3 && (style === "id" ? sep === "." : sep === ",");
  return grouping ? raw.replace(sep, "") : raw.replace(sep, ".");
}

const matchFirst = <T>(text: string, table: readonly (readonly [RegExp, T, ...unknown[]])[]) => {
  for (const row of table) {
    const m = row[0].exec(text);
    if (m) return { length: m[0].length, value: row[1], row };
  }
  return null;
};

/** Every number in a text with its sign, currency, scale word and unit. */
export function numberTokens(text: string, style: NumberStyle = textStyle(text)): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, signText, currencyText, raw = ""] = m;
    const start = m.index;
    let end = start + whole.length;
    let currency = currencyText ? (CURRENCY_BEFORE.find(([re]) => re.test(currencyText))?.[1] ?? null) : null;
    let rest = text.slice(end);
    const scale = matchFirst(rest, SCALES);
    // A bare letter scale needs a currency sign: "5m" alone may be metres.
    const bareLetter = scale && scale.row[2] === null;
    const exp = scale && !(bareLetter && !currency) ? scale.value : 0;
    const localStyle = (exp && scale?.row[2]) || style;
    if (exp && scale) {
      end += scale.length;
      rest = text.slice(end);
    }
    const after = matchFirst(rest, CURRENCY_AFTER);
    if (after && !currency) {
      currency = after.value;
      end += after.length;
      rest = text.slice(end);
    }
    // Rupiah are not written with three decimals: "Rp16.296" and "Rp16,296" are both sixteen thousand.
    const digits = currency === "IDR" && /^\d{1,3}[.,]\d{3}$/.test(raw) ? raw.replace(/[.,]/, "") : toDecimal(raw, localStyle as NumberStyle);
    if (digits === null) continue;
    const percent = !currency && !exp ? PERCENT.exec(rest) : null;
    const times = !currency && !exp && !percent ? TIMES.exec(rest) : null;
    if (percent) end += percent[0].length;
    if (times) end += times[0].length;
    const unit: NumberUnit = percent ? "percent" : times ? "times" : currency || exp ? "money" : "plain";
    const sign = signText ? (signText.trim() === "+" ? "+" : "-") : null;
    out.push({ start, end, digits, exp, currency, unit, sign });
  }
  return out;
}
