import type { Flow } from "@/lib/schema/primitives";
import type { PlaceCode, PlaceMention } from "./places";

/**
 * Which flow a figure is, told from China's side. A text tells a flow from whoever it is about:
 * "Kazakhstan's exports to China" are China's imports; "imports from China" are China's exports.
 * The owner of a flow word (a possessive, an adjective, the subject of "imported", Indonesian
 * "ekspor Kazakhstan") or its direction ("to China", "dari China") decide whose side it is.
 */

export type Side = "china" | "partner";
export type FlowReading = { flow: Flow; side: Side | null; from: "text" | "default"; partner: PlaceCode | null };

type FlowWord = { start: number; end: number; flow: "export" | "import"; verb: boolean; indonesian: boolean };

const WORD = /(?<![\p{L}])(exports?|exported|exporting|exporters?|ekspor(?:nya)?|mengekspor|diekspor|imports?|imported|importing|importers?|impor(?:nya)?|mengimpor|diimpor)(?![\p{L}])/giu;
const BOTH = /(?<![\p{L}])(exports?\s+and\s+imports?|imports?\s+and\s+exports?|import\s+and\s+export|export\s+and\s+import|ekspor[-\s](?:dan\s+)?impor|impor[-\s](?:dan\s+)?ekspor|two-way|dua\s+arah|turnover|bilateral)(?![\p{L}])/giu;

export function flowWords(text: string): FlowWord[] {
  const both = [...text.matchAll(BOTH)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return [...text.matchAll(WORD)]
    .filter((m) => !both.some((b) => m.index >= b.start && m.index < b.end))
    .map((m) => {
      const w = (m[1] ?? "").toLowerCase();
      return { start: m.index, end: m.index + m[0].length, flow: /^(ekspor|mengekspor|diekspor|export)/.test(w) ? "export" : "import", verb: /(ed|ing)$|^meng/.test(w), indonesian: /^(ekspor|impor|meng|di)/.test(w) };
    });
}

/** Total-trade words ("exports and imports", "turnover"): the span they cover reads as total. */
export const totalWords = (text: string) => [...text.matchAll(BOTH)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const OWNER_GAP = /^\s*(?:(?:total|annual|overall|mainly|has|have|had|also)\s+)*$/i;
const OF_GAP = /^\s+of\s+$/i;
const DIRECTION = /^(?:[\s\p{L},'’]*?\s)?(to|into|ke|kepada|from|dari)\s+(?:the\s+)?$/iu;

/** China's side of a flow word: the owner or direction in the words around it, else the side given. */
export function readFlow(text: string, word: FlowWord, places: readonly PlaceMention[], clauseEnd: number, inherited: Side | null, chinaNamed: boolean): FlowReading {
  const china = (p: PlaceMention) => p.place === "CHN";
  const named = (p: PlaceMention | undefined) => (p && !china(p) ? p.place : null);
  // Owner: "Kazakh exports", "Kazakhstan's exports", "Kazakhstan imported"; "ekspor Kazakhstan"; "exports of Chinese goods".
  const before = places.filter((p) => p.end <= word.start && OWNER_GAP.test(text.slice(p.end, word.start))).at(-1);
  const after = places.find((p) => p.start >= word.end && p.start < clauseEnd);
  const ownerAfter = after && (word.indonesian ? /^\s*$/.test(text.slice(word.end, after.start)) : OF_GAP.test(text.slice(word.end, after.start)) && after.form === "adjective") ? after : undefined;
  const owner = before && (before.form !== "name" || word.verb || /^\s*$/.test(text.slice(before.end, word.start))) ? before : ownerAfter;
  const direction = after && after !== ownerAfter && DIRECTION.exec(text.slice(word.end, after.start));
  let side: Side | null = null;
  if (owner) side = china(owner) ? "china" : "partner";
  else if (direction && after) {
    const toward = /^(to|into|ke|kepada)$/i.test(direction[1] ?? "");
    // "exports to China", "imports into China": China buys; "imports from China": China sells.
    const chinaSells = china(after) ? !toward : toward;
    side = (chinaSells ? "export" : "import") === word.flow ? "china" : "partner";
  } else if (inherited) side = inherited;
  // "importing over $19.9 billion worth of goods (Kyrgyzstan)": a sentence about a partner that never
  // names China tells the partner's side.
  else if (word.verb && !chinaNamed) side = "partner";
  const chinaFlow: Flow = side === "partner" ? (word.flow === "export" ? "import" : "export") : word.flow;
  return { flow: chinaFlow, side, from: "text", partner: named(owner) ?? (direction ? named(after) : null) };
}
