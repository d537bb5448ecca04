import type { Ratio } from "@/lib/money/ratio";
import { toNumber } from "@/lib/money/ratio";

/** Geometry of a small "target against the record" chart: pure maths, the component only draws. */

export type TargetChartInput = {
  series: readonly { year: number; usd: Ratio }[];
  targets: readonly { usd: Ratio; year: number | null }[];
  from: number;
  to: number;
};

export type TargetChartGeometry = {
  width: number;
  height: number;
  /** The record as one path; a year without a figure breaks it. */
  path: string;
  points: { year: number; x: number; y: number }[];
  targets: { y: number; x: number | null; label: number }[];
  max: number;
  x: (year: number) => number;
};

const PAD = { left: 8, right: 8, top: 10, bottom: 18 };

export function targetChartGeometry({ series, targets, from, to }: TargetChartInput, width = 320, height = 150): TargetChartGeometry {
  const billions = (r: Ratio) => toNumber(r) / 1e9;
  const max = Math.max(...series.filter((p) => p.year >= from).map((p) => billions(p.usd)), ...targets.map((t) => billions(t.usd))) * 1.08;
  const lastYear = Math.max(to, ...targets.map((t) => t.year ?? to));
  const x = (year: number) => PAD.left + ((year - from) / Math.max(1, lastYear - from)) * (width - PAD.left - PAD.right);
  const y = (b: number) => height - PAD.bottom - (b / max) * (height - PAD.top - PAD.bottom);
  const shown = series.filter((p) => p.year >= from && p.year <= to);
  const points = shown.map((p) => ({ year: p.year, x: x(p.year), y: y(billions(p.usd)) }));
  const path = points.map((p, i) => `${i > 0 && points[i - 1]?.year === p.year - 1 ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join("");
  return {
    width,
    height,
    path,
    points,
    targets: targets.map((t) => ({ y: y(billions(t.usd)), x: t.year === null ? null : x(t.year), label: billions(t.usd) })),
    max,
    x,
  };
}
