/** The article reports the 2024 total: the headline year and the year summaries compare against. */
export const ARTICLE_YEAR = 2024;
