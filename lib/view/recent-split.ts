/**
 * A long list of choices, split so a phone shows the few a reader most often wants first: the last
 * `recent` options in view, the earlier ones behind a disclosure, with the ticked earlier ones named
 * on it so nothing chosen is hidden without a word.
 */
export type RecentSplit<T> = { recent: T[]; earlier: T[]; earlierChosen: T[] };

export function recentSplit<T>(options: readonly T[], chosen: readonly T[], recent: number): RecentSplit<T> {
  if (options.length <= recent + 1) return { recent: [...options], earlier: [], earlierChosen: [] };
  const cut = options.length - recent;
  const earlier = options.slice(0, cut);
  return { recent: options.slice(cut), earlier, earlierChosen: earlier.filter((o) => chosen.includes(o)) };
}
