/**
 * The allowed values, without zod: browser code imports these so that the schema library stays
 * on the server. primitives.ts builds its enums from them.
 */
export const COUNTRIES = ["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;
/**
 * Indonesia is a yardstick: the readers' own country, set beside the five. It is never one of them:
 * never in CA5, "by country" or the shares.
 */
export const YARDSTICKS = ["IDN"] as const;
/** Who states a figure: China's customs, or a country (Central Asian, or the yardstick) reporting its own trade with China. */
export const REPORTERS = ["CHN", ...COUNTRIES, ...YARDSTICKS] as const;
/** The reporters whose own figures the data holds (Turkmenistan's are IMF estimates, left out). */
export const MIRROR_REPORTERS = ["KAZ", "KGZ", "TJK", "UZB"] as const;
/** CA5: the five together; WLD: China's trade with the world; CHN: the partner of a country's own figures; IDN: the yardstick. */
export const PARTNERS = ["CA5", ...COUNTRIES, "WLD", "CHN", ...YARDSTICKS] as const;
/** Partners of China's own figures that the dashboard's figures draw. */
export const CHINA_PARTNERS = ["CA5", ...COUNTRIES] as const;
export const FLOWS = ["total", "export", "import"] as const;
export const CURRENCIES = ["USD", "IDR", "CNY"] as const;
export const DISPLAY_CURRENCIES = ["USD", "IDR", "CNY"] as const;
export const STATUSES = ["reported", "approximate", "derived"] as const;
export const UNITS = ["million", "billion", "trillion"] as const;
/** A calendar year; part of a year from its first month ("2025-01/2025-10"); one month ("2026-02"). */
export const PERIOD_TYPES = ["year", "ytd", "month"] as const;
/** The rupiah rate: the article's, each year's average, or the reader's own ("your rate"). */
export const RATE_BASES = ["article", "annual", "custom"] as const;
/** Nominal US dollars, or constant US dollars of a base year (deflated by the US CPI-U). */
export const PRICE_BASES = ["nominal", "constant"] as const;
/** The bases of the rates data/ holds: the article's, annual averages (the Fed's; China's official), monthly averages, implied. */
export const RATE_BASES_IN_DATA = ["article_stated", "annual_average", "annual_average_official", "monthly_average", "implied"] as const;
/** The currencies data/ holds rates of, per US dollar. */
export const RATE_QUOTES = ["IDR", "CNY"] as const;
