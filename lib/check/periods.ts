/**
 * Periods named in a text: years, parts of years ("first half of 2024", "Januari–Oktober 2025",
 * "the first 11 months of 2022") and months, in Indonesian and English, as data/ writes them:
 * "2024" (year), "2025-01/2025-10" (a range of months, period type ytd), "2026-02" (month).
 */

export type PeriodKind = "year" | "ytd" | "month";
export type Period = { type: PeriodKind; period: string; year: number };

export type PeriodMention = {
  start: number;
  end: number;
  /** Null where the year is not written: a month range whose year comes from elsewhere, or "last year". */
  period: Period | null;
  /** Months of a range written without a year ("January–May"): completed from the text's nearest year. */
  months?: [number, number];
  /** "last year" (−1), "this year" (0): resolved against the date of the text, when one is known. */
  relative?: number;
  /** "by 2030": a target's year, not a figure's. */
  by?: boolean;
  /** A day's date ("17 June 2025"): read so that its year is not taken for a period, then left out. */
  date?: boolean;
};

const MONTH_NAMES: readonly [string, number][] = [
  ["januari|january|jan", 1],
  ["februari|pebruari|february|feb", 2],
  ["maret|march|mar", 3],
  ["april|apr", 4],
  ["mei|may", 5],
  ["juni|june|jun", 6],
  ["juli|july|jul", 7],
  ["agustus|august|aug|agu|agt", 8],
  ["september|sept|sep", 9],
  ["oktober|october|okt|oct", 10],
  ["nopember|november|nov", 11],
  ["desember|december|des|dec", 12],
];
const MONTH = `(${MONTH_NAMES.map(([n]) => n).join("|")})\\.?`;
const YEAR = "((?:19[89]|20[0-4])\\d)";
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11 };
const N = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
const END = "(?![\\p{L}\\p{N}])";
const START = "(?<![\\p{L}\\p{N}])";

const monthOf = (name: string): number => MONTH_NAMES.find(([names]) => new RegExp(`^(?:${names})$`, "i").test(name.replace(/\.$/, "")))?.[1] ?? 0;
const count = (text: string): number => NUMBER_WORDS[text.toLowerCase()] ?? Number(text);
const pad = (m: number) => String(m).padStart(2, "0");

/** A period of months within one year: "2025-01/2025-10" (a single month is a month period). */
export function monthsPeriod(year: number, from: number, to: number): Period {
  if (from === to) return { type: "month", period: `${year}-${pad(from)}`, year };
  return { type: "ytd", period: `${year}-${pad(from)}/${year}-${pad(to)}`, year };
}

export const yearPeriod = (year: number): Period => ({ type: "year", period: String(year), year });

type Rule = { re: RegExp; read: (m: RegExpExecArray) => Omit<PeriodMention, "start" | "end"> };
const rx = (source: string) => new RegExp(source, "giu");
const range = (from: number, to: number, year: string | undefined): Omit<PeriodMention, "start" | "end"> =>
  year ? { period: monthsPeriod(Number(year), from, to) } : { period: null, months: [from, to] };

const RULES: readonly Rule[] = [
  // A day's date names no period of trade: "17 June 2025", "June 17, 2025".
  { re: rx(`${START}\\d{1,2}\\s+${MONTH}\\s+${YEAR}${END}|${START}${MONTH}\\s+\\d{1,2},?\\s+${YEAR}${END}`), read: () => ({ period: null, date: true }) },
  {
    re: rx(`${START}${MONTH}(?:\\s+${YEAR})?\\s*(?:-|–|—|to|through|till|until|hingga|sampai(?:\\s+dengan)?|s\\.?d\\.?|s/d)\\s*${MONTH}(?:,?\\s+${YEAR})?${END}`),
    read: (m) => range(monthOf(m[1] ?? ""), monthOf(m[3] ?? ""), m[4] ?? m[2]),
  },
  {
    re: rx(`${START}(?:(?:the\\s+)?(first|1st|second|2nd)\\s+half\\s+(?:of\\s+)?(?:the\\s+year\\s+)?|(H[12]|[12]H)\\s*|(?:paruh|semester)\\s+(pertama|kedua|I{1,2}|[12])\\s+(?:tahun\\s+)?)${YEAR}?${END}`),
    read: (m) => {
      const second = /^(second|2nd|H2|2H|kedua|II|2)$/i.test(m[1] ?? m[2] ?? m[3] ?? "");
      return second ? range(7, 12, m[4]) : range(1, 6, m[4]);
    },
  },
  {
    re: rx(`${START}(?:(?:the\\s+)?(first|1st)\\s+quarter\\s+(?:of\\s+)?|Q([1-4])\\s*|(?:kuartal|triwulan)\\s+(pertama|I|1)\\s+(?:tahun\\s+)?)${YEAR}${END}`),
    read: (m) => {
      const q = m[2] ? Number(m[2]) : 1;
      return range(q * 3 - 2, q * 3, m[4]);
    },
  },
  {
    re: rx(`${START}(?:(?:in\\s+|for\\s+)?the\\s+)?(?:first\\s+)?${N}\\s+months(?:\\s+of)?(?:\\s+the\\s+year)?(?:\\s+${YEAR}|\\s+(this\\s+year))?${END}|${START}${N}\\s+bulan\\s+(?:pertama)?(?:\\s+(?:tahun\\s+)?${YEAR}|\\s+(tahun\\s+ini))?${END}`),
    read: (m) => ({ ...range(1, count(m[1] ?? m[4] ?? "0"), m[2] ?? m[5]), ...(m[3] || m[6] ? { relative: 0 } : {}) }),
  },
  { re: rx(`${START}${MONTH}\\s+${YEAR}${END}`), read: (m) => ({ period: monthsPeriod(Number(m[2]), monthOf(m[1] ?? ""), monthOf(m[1] ?? "")) }) },
  { re: rx(`${START}(?:last\\s+year|the\\s+past\\s+year|tahun\\s+lalu|tahun\\s+kemarin)${END}`), read: () => ({ period: null, relative: -1 }) },
  { re: rx(`${START}(?:this\\s+year|tahun\\s+ini)${END}`), read: () => ({ period: null, relative: 0 }) },
  { re: rx(`(?<![\\p{L}\\p{N}$.,])${YEAR}(?![\\p{N}]|[.,]\\d)`), read: (m) => ({ period: yearPeriod(Number(m[1])) }) },
];

const BY = /(?:^|[^\p{L}])(?:by|by\s+the\s+end\s+of|hingga|sampai)\s+$/iu;

/**
 * Every period a text names, in order, none inside another. `taken` are spans already read as
 * something else (money figures), where a year-like number is not a year.
 */
export function periodMentions(text: string, taken: readonly { start: number; end: number }[] = []): PeriodMention[] {
  const found: PeriodMention[] = [];
  const free = (start: number, end: number) => ![...taken, ...found].some((s) => start < s.end && s.start < end);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const mention: PeriodMention = { start, end, ...rule.read(m as RegExpExecArray) };
      if (mention.period?.type === "year" && BY.test(text.slice(Math.max(0, start - 20), start))) mention.by = true;
      found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
