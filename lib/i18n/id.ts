/** Bahasa Indonesia: the first language. en.ts must have the same keys (its type is this one's). */
export const id = {
  siteTitle: "Perdagangan China–Asia Tengah dalam angka",
  siteTagline: "Data bea cukai China untuk Kazakhstan, Kirgistan, Tajikistan, Turkmenistan dan Uzbekistan, dalam dolar AS dan rupiah.",
  skipToContent: "Langsung ke isi",
  languageSwitch: "English",
  languageSwitchLabel: "Baca dalam bahasa Inggris",
  headlineEyebrow: "Perdagangan dua arah, {year}",
  headlineHeading: "Nilai perdagangan China dengan lima negara Asia Tengah pada {year}",
  inRupiah: "setara {value} pada kurs artikel {rate} per US$1",
  changeLine: "{change} ({percent}) dibanding {prevYear} ({prevValue})",
  source: "Sumber",
  sources: "Sumber data",
  sourcesIntro: "Setiap angka di halaman ini merujuk ke salah satu sumber berikut.",
  rateSource: "Kurs",
  derivedFrom: "Dihitung",
  status: { reported: "dilaporkan", approximate: "perkiraan", derived: "turunan" },
  figureNote: "Angka {year} menurut {publisher}; angka {prevYear} menurut {prevPublisher}.",
  customsView: "Angka perdagangan di sini adalah data bea cukai China (pelapor: China), kecuali disebut lain.",
  articleCredit: "Berdasarkan artikel ANTARA/Xinhua, {date}, disunting oleh Benardy Ferdiansyah.",
  articleLink: "Baca artikel aslinya di ANTARA",
  apiLink: "API JSON",
  footerNote: "Kurs artikel: Rp16.296 per US$1, seperti tertulis di artikel. Kurs rata-rata tahunan: IMF dan Bank Indonesia.",
  published: "terbit",
  openSource: "buka sumber",
} as const;

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof id>;
