/**
 * The words around a figure that say what it is, in Indonesian and English: how sure the writer
 * is (almost, about, more than), whether it is a change, a growth rate, a share or a multiple,
 * and whether it is about trade at all. Each pattern is read on a slice of text just before or
 * just after the figure.
 */

export type Qualifier = "none" | "almost" | "about" | "more-than";

const W = (source: string, flags = "iu") => new RegExp(source, flags);
const B = "(?<![\\p{L}])";
const E = "(?![\\p{L}])";

/** Directly before the number (its currency sign included in the figure). */
const QUALIFIERS: readonly [Qualifier, RegExp][] = [
  ["almost", W(`${B}(almost|nearly|close\\s+to|just\\s+under|just\\s+shy\\s+of|hampir|nyaris|mendekati)\\s*$`)],
  ["more-than", W(`${B}(more\\s+than|just\\s+over|over|above|exceeded|exceeding|exceeds|exceed|topped|tops|topping|surpassed|surpassing|in\\s+excess\\s+of|upwards\\s+of|lebih\\s+dari|melebihi|melampaui|di\\s+atas)\\s*$`)],
  ["about", W(`${B}(about|around|approximately|approx\\.|roughly|some|circa|c\\.|an\\s+estimated|estimated\\s+at|sekitar|kurang\\s+lebih|kira-kira|±|~)\\s*$`)],
];

/** The qualifier right before a figure, the word written and where it starts in `lead`. */
export function qualifierBefore(lead: string): { qualifier: Qualifier; word: string; at: number } {
  for (const [qualifier, re] of QUALIFIERS) {
    const m = re.exec(lead);
    if (m?.[1]) return { qualifier, word: m[1], at: m.index + m[0].indexOf(m[1]) };
  }
  return { qualifier: "none", word: "", at: lead.length };
}

/** A lead without its qualifier, so that "up by almost" still reads as "up by". */
export const withoutQualifier = (lead: string): string => lead.slice(0, qualifierBefore(lead).at);

const UP = "up|naik|rose|rising|risen|grew|grown|growing|increased|increasing|increases?|jumped|jumping|climbed|climbing|gained|added|expanded|expanding|bertambah|meningkat|tumbuh|kenaikan|peningkatan|pertambahan|pertumbuhan|growth|rise|jump|gain|expansion|surged?|surging|soared|ascended";
const DOWN = "down|turun|fell|fallen|falling|decreased|decreasing|decreases?|declined|declining|declines?|dropped|dropping|drop|contracted|shrank|menurun|berkurang|penurunan|decline|fall|contraction";

/** A money figure right after one of these is a change: "naik US$5,4 miliar", "up $5.4 billion", "an increase of". */
const CHANGE_BEFORE = W(`${B}(${UP}|${DOWN})(?:\\s+(?:by|of|sebesar|senilai))?\\s*$`);
const CHANGE_NOUN_BEFORE = W(`${B}(?:an?\\s+)?(increase|rise|jump|gain|growth|decrease|decline|drop|fall)\\s+of\\s*$`);

/** "up", "down" or null, and where the change words start in `lead`. */
export function changeBefore(lead: string): { direction: "up" | "down"; at: number } | null {
  const m = CHANGE_BEFORE.exec(lead) ?? CHANGE_NOUN_BEFORE.exec(lead);
  if (!m?.[1]) return null;
  return { direction: W(`^(${DOWN})$`).test(m[1]) ? "down" : "up", at: m.index };
}

const GROWTH_WORD = W(`${B}(${UP}|${DOWN}|year[-\\s]on[-\\s]year|y/y|yoy|more\\s+than\\s+(?:in|a\\s+year)|less\\s+than\\s+(?:in|a\\s+year)|dibanding(?:kan)?|than\\s+(?:the\\s+)?(?:previous|last|a)\\s+year)${E}`, "giu");
const NEGATIVE = W(`^(${DOWN}|less\\s+than.*)$`);

/** The nearest growth word in the words around a percentage, and whether it says a fall. */
export function growthNear(lead: string, tail: string): { found: boolean; down: boolean } {
  const before = [...lead.slice(-60).matchAll(GROWTH_WORD)].at(-1);
  const after = [...tail.slice(0, 40).matchAll(GROWTH_WORD)][0];
  const distBefore = before ? lead.slice(-60).length - (before.index + before[0].length) : Infinity;
  const distAfter = after ? after.index : Infinity;
  const m = distBefore <= distAfter ? before : after;
  if (!m?.[1]) return { found: false, down: false };
  return { found: true, down: NEGATIVE.test(m[1]) };
}

const SHARE_BEFORE = W(`${B}(share|shares|pangsa|porsi|bagian|accounted\\s+for|accounting\\s+for|accounts?\\s+for|made\\s+up|makes\\s+up|menyumbang|mencakup)${E}[^;]{0,60}$`);
const SHARE_AFTER = W(`^\\s*(?:of\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?(?:total|overall|all|combined|whole|trade|turnover|china(?:'s|’s)?|central|exports|imports)|dari\\s+(?:total|seluruh|keseluruhan|perdagangan|nilai)|share|pangsa)`);

export const shareNear = (lead: string, tail: string): boolean => SHARE_BEFORE.test(lead) || SHARE_AFTER.test(tail);

/** Where the share word is in `lead` ("China's share of …": the owner is named before it), or null. */
export const shareWordAt = (lead: string): number | null => SHARE_BEFORE.exec(lead)?.index ?? null;

const AVERAGE = W(`${B}(average\\s+annual|annual\\s+average|a\\s+year\\s+on\\s+average|per\\s+year\\s+on\\s+average|compound\\s+annual|CAGR|rata-rata\\s+(?:per\\s+)?tahun(?:an)?|rata-rata\\s+pertumbuhan\\s+tahunan|per\\s+tahun)${E}`);
export const averageNear = (lead: string, tail: string): boolean => AVERAGE.test(lead.slice(-60)) || AVERAGE.test(tail.slice(0, 40));

/** Multiples written as words: "doubled", "tiga kali lipat". */
export const MULTIPLE_WORDS = W(`${B}(doubled|doubling|tripled|trebled|tripling|quadrupled|berlipat\\s+ganda|(dua|tiga|empat|lima)\\s+kali\\s+lipat|(two|three|four|five)fold)${E}`, "giu");
export function multipleOf(word: string): number {
  const w = word.toLowerCase();
  if (/^doubl|berlipat|dua|two/.test(w)) return 2;
  if (/^trip|^treb|tiga|three/.test(w)) return 3;
  if (/quadr|empat|four/.test(w)) return 4;
  return 5;
}

/** The earlier year of a multiple or an average: "since 2014", "sejak 2014", "from 1992", "compared with 2020". */
export const BASE_BEFORE_YEAR = W(`${B}(since|sejak|from|dari|compared\\s+(?:with|to)|dibanding(?:kan)?(?:\\s+dengan)?|than\\s+in|over)\\s+(?:the\\s+year\\s+|tahun\\s+)?$`);

/** Not total trade: goods, investment, loans; the data holds trade totals only. */
export const NOT_TRADE = W(`${B}(investment|investments|invested|investasi|FDI|loans?|pinjaman|debt|utang|gas|oil|crude|petroleum|minyak|copper|tembaga|uranium|gold|emas|cars?|vehicles?|mobil|textiles?|tekstil|agricultural|pertanian|cotton|kapas|wheat|gandum|ores?|bijih|concentrates?|fuel|pipeline|electricity|listrik|tourism|pariwisata|remittances?|budget|anggaran|GDP|PDB|projects?|proyek|contracts?|kontrak|surplus|deficit|defisit|balance|neraca|price|harga)${E}`, "giu");

/** A target, plan or forecast, not a record of trade. */
export const TARGET = W(`${B}(target|targets|targeted|goal|aim|aims|aiming|plan|plans|planned|planning|committed|forecast|expected|projected|is\\s+set\\s+to|on\\s+course|menargetkan|sasaran|rencana|diharapkan)${E}`, "giu");

export const RESPECTIVELY = W(`^[\\s,]*(respectively|masing-masing)${E}`);

/** Where one clause ends and the next begins: figures do not borrow words across these. */
/** An ellipsis is not one: the sources' excerpts elide words inside a clause with it. */
export const CLAUSE_BREAK = /(?:[;:!?]|(?<!\.)\.(?=\s|$)(?!\.)|\s[–—-]\s|,?\s+(?:while|whereas|but|sementara|sedangkan|namun|tetapi)\s)/giu;
