import type { CheckPlace } from "@/lib/schema/api-check";

/**
 * Places a text names, in Indonesian and English: the five countries by name, adjective or
 * capital, the five together, China's trade with the world, Indonesia, and China itself (the
 * other side of every figure, never a partner).
 */

export type PlaceCode = CheckPlace | "CHN";
export type PlaceForm = "name" | "adjective" | "possessive";

export type PlaceMention = {
  start: number;
  end: number;
  /** Null for a list of some of the five ("Uzbekistan and Turkmenistan"): no one partner. */
  place: PlaceCode | null;
  form: PlaceForm;
  /** "partners in Central Asia": the region as the scope of a sentence about one country. */
  scope?: boolean;
  /** The countries of a list, in order, for "… respectively". */
  members?: CheckPlace[];
};

const COUNTRIES: readonly CheckPlace[] = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

const TABLE: readonly [PlaceCode, string][] = [
  ["CA5", "(?:the\\s+)?(?:five|5)\\s+central\\s+asian\\s+(?:countries|states|nations|republics)"],
  ["CA5", "(?:the\\s+)?(?:countries|states|nations|republics)\\s+(?:of|in)\\s+central\\s+asia"],
  ["CA5", "central\\s+asian\\s+(?:countries|states|nations|republics|region|partners|neighbou?rs)"],
  ["CA5", "(?:kelima|lima)\\s+negara(?:\\s+(?:di\\s+)?asia\\s+tengah)?"],
  ["CA5", "negara[-\\s]negara\\s+(?:di\\s+)?asia\\s+tengah"],
  ["CA5", "(?:kawasan\\s+)?asia\\s+tengah"],
  ["CA5", "central\\s+asia(?:'s|’s)?"],
  ["CA5", "central\\s+asian"],
  ["CA5", "(?:the\\s+)?five\\s+countries"],
  ["CA5", "c\\+c5|c5"],
  ["CA5", "the\\s+region(?:'s|’s)?|kawasan(?:\\s+(?:ini|itu|tersebut))?"],
  ["WLD", "the\\s+world(?:'s|’s)?|world(?:'s|’s)?|global(?:ly)?|foreign\\s+trade|external\\s+trade|perdagangan\\s+luar\\s+negeri|dunia|mancanegara"],
  ["CHN", "people(?:'s|’s)\\s+republic\\s+of\\s+china|china(?:'s|’s)?|chinese|prc|tiongkok|cina|rrt|beijing(?:'s|’s)?|sino"],
  ["KAZ", "kazakhstan(?:'s|’s)?|kazakstan|kazakhstani|kazakh|qazaqstan|astana(?:'s|’s)?"],
  ["KGZ", "kyrgyz\\s+republic(?:'s|’s)?|republik\\s+kirgi[sz](?:tan)?|kyrgyzstan(?:'s|’s)?|kirgi[sz]tan|kirgizia|kirghizia|kyrgyz|kirgiz|kirghiz|bishkek(?:'s|’s)?"],
  ["TJK", "tajikistan(?:'s|’s)?|tadjikistan|tajikistani|tajik|tadjik|dushanbe(?:'s|’s)?"],
  ["TKM", "turkmenistan(?:'s|’s)?|turkmen|ashgabat(?:'s|’s)?|ashkhabad"],
  ["UZB", "uzbekistan(?:'s|’s)?|uzbek|tashkent(?:'s|’s)?"],
  ["IDN", "republik\\s+indonesia|indonesia(?:'s|’s)?|indonesian"],
];

const ADJECTIVE = /^(kazakh|kazakhstani|kyrgyz|kirgiz|kirghiz|tajik|tadjik|tajikistani|turkmen|uzbek|chinese|sino|central\s+asian|indonesian)$/i;
const SCOPE_BEFORE = /(?:^|[^\p{L}])(?:in|among|across|within|di|di\s+antara|antara)\s+(?:the\s+)?$/iu;
const LIST_JOIN = /^\s*(?:,|,?\s*and|,?\s*dan|&|,\s*as\s+well\s+as)\s*$/i;

function formOf(text: string): PlaceForm {
  if (/['’]s$/.test(text)) return "possessive";
  return ADJECTIVE.test(text) ? "adjective" : "name";
}

/** Runs of two or more of the five joined by commas and "and": one mention, the five if all are there. */
function mergeLists(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const last = out.at(-1);
    const country = m.place !== null && COUNTRIES.includes(m.place as CheckPlace);
    const lastMembers = last?.members ?? (last && last.place !== null && COUNTRIES.includes(last.place as CheckPlace) ? [last.place as CheckPlace] : null);
    if (last && lastMembers && country && LIST_JOIN.test(text.slice(last.end, m.start))) {
      const members = [...lastMembers, m.place as CheckPlace];
      const all = COUNTRIES.every((c) => members.includes(c));
      out[out.length - 1] = { start: last.start, end: m.end, place: all ? "CA5" : null, form: "name", members };
    } else out.push(m);
  }
  return out;
}

/** Every place a text names, in order, longest reading first where names overlap. */
export function placeMentions(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const [place, pattern] of TABLE) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const scope = place === "CA5" && SCOPE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
      found.push({ start, end, place, form: formOf(m[0]), ...(scope ? { scope } : {}) });
    }
  }
  return mergeLists(text, found.sort((a, b) => a.start - b.start));
}
