/**
 * Sources cited under several ids can be one page (one URL): the data keeps an id per figure a
 * page supports, and sometimes two records of the same page. A reader sees one entry per page.
 */
export type SourcePage<S> = S & {
  /** Every id of this page, the entry's own (the first cited) first. */
  ids: string[];
  /** Each different title the page was cited under, in order. */
  titles: string[];
};

/** The sources grouped by URL, in the order each page is first cited; an id given twice counts once. */
export function sourcePages<S extends { id: string; url: string; title: string }>(sources: readonly S[]): SourcePage<S>[] {
  const byUrl = new Map<string, SourcePage<S>>();
  for (const s of sources) {
    const page = byUrl.get(s.url);
    if (!page) byUrl.set(s.url, { ...s, ids: [s.id], titles: [s.title] });
    else {
      if (!page.ids.includes(s.id)) page.ids.push(s.id);
      if (!page.titles.includes(s.title)) page.titles.push(s.title);
    }
  }
  return [...byUrl.values()];
}
