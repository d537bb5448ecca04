import type { Locale } from "@/lib/format/locale";

/**
 * Notes and derivations in data/ are written in English. On the Indonesian page each is given in
 * Indonesian when every part of it is one of the phrasings below (the importer's and the reference
 * files' recurring ones); a note with any other part stays whole and in English, marked lang="en",
 * rather than half translated.
 */

const COUNTRY_ID: Record<string, string> = { Kazakhstan: "Kazakhstan", Kyrgyzstan: "Kirgistan", Tajikistan: "Tajikistan", Turkmenistan: "Turkmenistan", Uzbekistan: "Uzbekistan", Kyrgyz: "Kirgistan", Tajik: "Tajikistan", Uzbek: "Uzbekistan", Kazakh: "Kazakhstan" };
const country = (name: string) => COUNTRY_ID[name] ?? name;
/** "12.5" → "12,5": numbers inside a note follow the page's decimal comma. */
const idNumber = (n: string) => n.replace(/(\d),(\d{3})/g, "$1\u2009$2").replace(/(\d)\.(\d)/g, "$1,$2").replace(/\u2009/g, ".");

type Rule = [pattern: RegExp, indonesian: (m: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/^export \+ import \((.+) \+ (.+)\) from (IMF DOTS China file|UN Comtrade)(, row 9 \(World\))?$/, (m) => `ekspor + impor (${idNumber(m[1] ?? "")} + ${idNumber(m[2] ?? "")}) dari ${m[3] === "UN Comtrade" ? "UN Comtrade" : "berkas China di IMF DOTS"}${m[4] ? ", baris 9 (World)" : ""}`],
  [/^sum of the five country totals \(IMF DOTS China file\)$/, () => "jumlah total kelima negara (berkas China di IMF DOTS)"],
  [/^sum of China's (exports to|imports from) KAZ\+KGZ\+TJK\+TKM\+UZB \((IMF DOTS China file|UN Comtrade)\)$/, (m) => `jumlah ${m[1] === "exports to" ? "ekspor China ke" : "impor China dari"} KAZ+KGZ+TJK+TKM+UZB (${m[2] === "UN Comtrade" ? "UN Comtrade" : "berkas China di IMF DOTS"})`],
  [/^China's exports FOB to (\w+) \(China-reported, IMF DOTS\)$/, (m) => `ekspor China ke ${country(m[1] ?? "")} (nilai FOB, dilaporkan China, IMF DOTS)`],
  [/^China's imports CIF from (\w+) \(China-reported, IMF DOTS\)$/, (m) => `impor China dari ${country(m[1] ?? "")} (nilai CIF, dilaporkan China, IMF DOTS)`],
  [/^(\w+)-reported export \+ import with China \(IMF DOTS partner file\)$/, (m) => `ekspor + impor dengan China menurut statistik ${country(m[1] ?? "")} (berkas mitra di IMF DOTS)`],
  [/^(\w+)-reported exports FOB to China \(IMF DOTS; reporter's view\)$/, (m) => `ekspor ${country(m[1] ?? "")} ke China (nilai FOB) menurut statistiknya sendiri (IMF DOTS; dari sisi pelapor)`],
  [/^(\w+)-reported imports CIF from China \(IMF DOTS; reporter's view\)$/, (m) => `impor ${country(m[1] ?? "")} dari China (nilai CIF) menurut statistiknya sendiri (IMF DOTS; dari sisi pelapor)`],
  [/^not comparable 1:1 with CHN rows$/, () => "tidak sebanding 1:1 dengan angka China"],
  [/^(DOTS_\d+\.xlsx '(?:Exports, FOB|Imports, CIF)') r(\d+) c([A-Z]+)$/, (m) => `${m[1]} baris ${m[2]} kolom ${m[3]}`],
  [/^existing reported row \((.+) (bn|million)\) kept primary$/, (m) => `angka yang dilaporkan (${idNumber(m[1] ?? "")} ${m[2] === "bn" ? "miliar" : "juta"}) tetap menjadi angka utama`],
  [/^DOTS differs ([+-−]?[\d.]+%)$/, (m) => `DOTS berselisih ${idNumber(m[1] ?? "")}`],
  [/^([+-−]?[\d.]+%)( y\/y| in USD terms| \(USD terms\))?$/, (m) => `${idNumber(m[1] ?? "")}${m[2] ? " dalam dolar AS" : ""}`],
  [/^China file, sheet "(Exports, FOB|Imports, CIF)", row 9 \(World\), column ([A-Z]+)$/, (m) => `berkas China, lembar "${m[1]}", baris 9 (World), kolom ${m[2]}`],
  [/^DOTS: ([\d.,]+) million$/, (m) => `DOTS: ${idNumber(m[1] ?? "")} juta`],
  [/^exports − imports$/, () => "ekspor − impor"],
  [/^January-May only$/, () => "hanya Januari–Mei"],
  [/^reported in yuan only$/, () => "hanya dilaporkan dalam yuan"],
  [/^record high$/, () => "rekor tertinggi"],
  [/^(\w+)'s (exports to|imports from) China$/, (m) => `${m[2] === "exports to" ? "ekspor" : "impor"} ${country(m[1] ?? "")} ${m[2] === "exports to" ? "ke" : "dari"} China`],
  [/^(Kyrgyz|Tajik|Uzbek|Kazakh) (exports to|imports from) China$/, (m) => `${m[2] === "exports to" ? "ekspor" : "impor"} ${country(m[1] ?? "")} ${m[2] === "exports to" ? "ke" : "dari"} China`],
  [/^(China customs \(GACC\)|China customs|GACC)$/, () => "bea cukai China (GACC)"],
  [/^(MOFCOM|Chinese commerce ministry website)$/, () => "Kementerian Perdagangan China (MOFCOM)"],
];

/** Splits at "; " outside parentheses: "(IMF DOTS; reporter's view)" is one part. */
function parts(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith("; ", i)) {
      out.push(text.slice(start, i));
      start = i + 2;
    }
  }
  out.push(text.slice(start));
  return out;
}

function translatePart(part: string): string | undefined {
  for (const [pattern, indonesian] of RULES) {
    const m = pattern.exec(part);
    if (m) return indonesian(m);
  }
  return undefined;
}

/** A data note in the page's language where it can be given whole; else as written, with its language. */
export function dataNote(text: string, locale: Locale): { text: string; lang?: "en" } {
  if (locale === "en") return { text };
  const translated = parts(text).map(translatePart);
  if (translated.every((p): p is string => p !== undefined)) return { text: translated.join("; ") };
  return { text, lang: "en" };
}
