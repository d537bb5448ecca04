import type { Locale } from "@/lib/format/locale";

/**
 * Short names of the HS chapters and headings the composition data uses, in both languages
 * (the full names, as the sources give them, are in each figure's provenance).
 */
const HS: Record<string, Record<Locale, string>> = {
  "HS 10": { id: "Serealia", en: "Cereals" },
  "HS 12": { id: "Biji berminyak", en: "Oil seeds" },
  "HS 14": { id: "Bahan anyaman nabati", en: "Vegetable plaiting materials" },
  "HS 15": { id: "Lemak dan minyak hewani atau nabati", en: "Animal and vegetable fats and oils" },
  "HS 24": { id: "Tembakau", en: "Tobacco" },
  "HS 25": { id: "Garam, belerang, tanah dan batu", en: "Salt, sulphur, earths and stone" },
  "HS 26": { id: "Bijih, terak dan abu", en: "Ores, slag and ash" },
  "HS 27": { id: "Bahan bakar mineral dan minyak", en: "Mineral fuels and oils" },
  "HS 28": { id: "Kimia anorganik (termasuk uranium)", en: "Inorganic chemicals (incl. uranium)" },
  "HS 41": { id: "Kulit mentah dan kulit samak", en: "Raw hides, skins and leather" },
  "HS 52": { id: "Kapas", en: "Cotton" },
  "HS 71": { id: "Logam dan batu mulia", en: "Precious metals and stones" },
  "HS 72": { id: "Besi dan baja (termasuk paduan ferro)", en: "Iron and steel (incl. ferro-alloys)" },
  "HS 74": { id: "Tembaga", en: "Copper" },
  "HS 79": { id: "Seng", en: "Zinc" },
  "HS 81": { id: "Logam tidak mulia lainnya", en: "Other base metals" },
  "HS 2711": { id: "Gas alam", en: "Natural gas" },
};

/** The short name of an HS code, or null where there is none (the source's own words are used then). */
export const hsName = (code: string | undefined, locale: Locale): string | null => (code ? (HS[code]?.[locale] ?? null) : null);
