import { UNIT_EXPONENT } from "@/lib/data/reshape";
import type { Dataset } from "@/lib/data/types";
import { div, mul, parseDecimal, pow10 } from "@/lib/money/ratio";
import { MIRROR_REPORTERS, YARDSTICKS } from "@/lib/schema/values";
import type { Flow } from "@/lib/schema/primitives";
import { find, rowFromPoint } from "@/lib/view/rows";
import { displaySeries, findFigure } from "@/lib/trade/series";
import { pointsFor } from "@/lib/trade/view-points";
import { mirrorRows } from "@/lib/view/rows-compare";

type Data = Pick<Dataset, "observations" | "rates" | "cpi" | "context">;

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

/**
 * Region-wide figures from national statistics in the context (the Eurasian Development Bank's
 * 2024 total), each against China's total for the five in the same year, in US dollars.
 */
export function regionalMirror(data: Data) {
  const series = displaySeries(data.observations);
  return data.context.mirror
    .filter((m) => m.against.partner === "CA5" && m.currency === "USD")
    .flatMap((figure) => {
      const china = findFigure(series, figure.against.period, "CA5", "total");
      if (!china || china.currency !== "USD") return [];
      const other = mul(parseDecimal(figure.value), pow10(UNIT_EXPONENT[figure.unit]));
      return [{ figure, other, china, gap: div(china.amount, other) }];
    });
}

/** China's flow and the same goods seen from the partner's side: China's imports are the partner's exports. */
const MIRRORED: Record<Flow, Flow> = { total: "total", import: "export", export: "import" };

/**
 * The yardstick's own statistics (Indonesia's BPS) beside China's figures for the same trade, in the
 * latest full year that has both for a flow: few years do (BPS gives flows, China's sources mostly
 * totals), so the flows are matched one by one, China's imports against Indonesia's exports.
 */
export function yardstickMirror(data: Data) {
  const points = pointsFor(data, "USD", "article");
  return YARDSTICKS.flatMap((country) => {
    const pairs = points
      .filter((p) => p.reporter === country && p.partner === "CHN" && p.periodType === "year")
      .flatMap((own) => {
        const chinaFlow = MIRRORED[own.flow];
        const point = find(points, own.period, country, chinaFlow);
        const [china, theirs] = [point && rowFromPoint(point), rowFromPoint(own)];
        if (!china?.usd || !theirs.usd || theirs.usd.num === 0n) return [];
        return [{ country, year: own.year, chinaFlow, ownFlow: own.flow, china, own: theirs, gap: div(china.usd, theirs.usd) }];
      });
    const latest = Math.max(...pairs.map((p) => p.year));
    return pairs.filter((p) => p.year === latest);
  });
}

/** Every source "Why sources disagree" cites, for the page's source list. */
export function disagreeSourceIds(data: Data): string[] {
  return [
    ...latestMirror(data).flatMap((r) => [...r.china.sourceIds, ...r.own.sourceIds]),
    ...regionalMirror(data).flatMap((r) => [r.figure.sourceId, r.china.sourceId]),
    ...yardstickMirror(data).flatMap((r) => [...r.china.sourceIds, ...r.own.sourceIds]),
  ];
}
