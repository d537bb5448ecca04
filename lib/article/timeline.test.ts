import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load";
import { chartMarkers, yearPosition } from "./timeline";

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
    expect(markers[3]?.title).toBe("June 17, 2025: Second summit, Astana; ANTARA article published");
  });
});
