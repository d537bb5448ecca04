import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { chartMarkers, markerRows, yearPosition } from "./timeline";

describe("yearPosition", () => {
  it.each([
    ["1992", 1992],
    ["2023-05-18", 2023 + 4 / 12 + 17 / 365],
    ["2025-06", 2025 + 5 / 12],
  ])("%s -> %d", (date, x) => {
    expect(yearPosition(date)).toBeCloseTo(x, 6);
  });
});

describe("chartMarkers", () => {
  it("numbers the events and merges those on the same day", () => {
    const markers = chartMarkers(getDataset().context.events, "en");
    expect(markers.map((m) => m.label)).toEqual(["1", "2", "3", "4"]);
    expect(markers.map((m) => Math.floor(m.x))).toEqual([1992, 2013, 2023, 2025]);
    expect(markers[3]?.title).toBe("17 June 2025: Second summit, Astana; ANTARA article published");
  });
});

describe("markerRows", () => {
  it.each<[string, number[], number, number[]]>([
    ["desktop: all apart", [1992, 2013.68, 2023.38, 2025.46], 30, [0, 0, 0, 0]],
    ["phone: 2023 and 2025 too close", [1992, 2013.68, 2023.38, 2025.46], 9, [0, 0, 0, 1]],
    ["three close together", [2020, 2020.5, 2021], 9, [0, 1, 2]],
    ["a third returns to the first row once clear", [2020, 2021, 2024], 12, [0, 1, 0]],
  ])("%s", (_label, xs, pxPerYear, rows) => {
    expect(markerRows(xs, pxPerYear)).toEqual(rows);
  });
});
