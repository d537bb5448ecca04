import type { Dataset } from "@/lib/data/types";
import { MIRROR_REPORTERS } from "@/lib/schema/values";
import { pointsFor } from "@/lib/trade/view-points";
import { mirrorRows } from "@/lib/view/rows-compare";

type Data = Pick<Dataset, "observations" | "rates" | "cpi">;

/**
 * China's customs figure beside each partner's own statistics in the latest year that has both,
 * like for like (full years, both in US dollars from the same IMF dataset).
 */
export function latestMirror(data: Data) {
  const points = pointsFor(data, "USD", "article");
  return MIRROR_REPORTERS.flatMap((country) => {
    const rows = mirrorRows(points, country, { from: 1992, to: 2100 });
    const china = rows.filter((r) => r.gap).at(-1);
    const own = china && rows.find((r) => r.year === china.year && r.reporter === country);
    return china && own ? [{ country, china, own }] : [];
  });
}

/** Every source "Why sources disagree" cites, for the page's source list. */
export function disagreeSourceIds(data: Data): string[] {
  return latestMirror(data).flatMap((r) => [...r.china.sourceIds, ...r.own.sourceIds]);
}
