/**
 * One licence statement for everything the site publishes as data. The compilation (the selection,
 * the conversions, the structure) is ours to license; the figures are their publishers'. CC BY 4.0
 * asks for credit and nothing else, which suits data meant for notebooks, spreadsheets and articles.
 */
export const LICENCE = {
  /** SPDX identifier, as a Frictionless package names a licence. */
  id: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  name: "CC BY 4.0 (this compilation; every figure stays its source's)",
  statement:
    'This compilation is CC BY 4.0: credit "China–Central Asia trade in numbers" and link the site. The figures themselves belong to their sources: each row names its own (source_id); cite it too, and its terms apply to its figures.',
} as const;
