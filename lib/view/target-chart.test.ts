import { describe, expect, it } from "vitest";
import { ratio } from "@/lib/money/ratio";
import { targetChartGeometry } from "./target-chart";

const bn = (n: number) => ratio(BigInt(n * 1e9));

describe("targetChartGeometry", () => {
  const g = targetChartGeometry({ series: [{ year: 2020, usd: bn(10) }, { year: 2021, usd: bn(20) }, { year: 2023, usd: bn(30) }], targets: [{ usd: bn(50), year: 2030 }], from: 2020, to: 2025 });

  it("breaks the line at a year without a figure, never drawing across it", () => {
    expect(g.path.match(/[ML]/g)).toEqual(["M", "L", "M"]);
  });

  it("scales to the target when it is above the record, and places its year on the axis", () => {
    expect(g.max).toBeCloseTo(54);
    expect(g.targets[0]?.x).toBeCloseTo(g.width - 8);
    expect(g.targets[0]?.y).toBeLessThan(g.points[2]?.y ?? 0);
  });
});
