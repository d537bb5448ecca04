/**
 * The allowed values, without zod: browser code imports these so that the schema library stays
 * on the server. primitives.ts builds its enums from them.
 */
export const PARTNERS = ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;
export const COUNTRIES = ["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;
export const FLOWS = ["total", "export", "import"] as const;
export const CURRENCIES = ["USD", "IDR", "CNY"] as const;
export const DISPLAY_CURRENCIES = ["USD", "IDR"] as const;
export const STATUSES = ["reported", "approximate", "derived"] as const;
export const UNITS = ["million", "billion"] as const;
export const PERIOD_TYPES = ["year", "ytd"] as const;
export const RATE_BASES = ["article", "annual"] as const;
