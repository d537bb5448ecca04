import { describe, expect, it } from "vitest";
import { compactDataset } from "@/lib/schema/compact";
import { fromCompact, toCompact } from "./compact";
import { getDataset } from "./load";

describe("the compact dataset", () => {
  const data = getDataset();
  const compact = toCompact(data);

  it("gives the browser every observation as the server has it: formula and Indonesian note included", () => {
    expect(compactDataset.safeParse(JSON.parse(JSON.stringify(compact))).success).toBe(true);
    expect(fromCompact(compact).observations).toEqual(data.observations);
  });

  it("names a formula's inputs by row, not by key", () => {
    const inputs = compact.observations.flatMap((o) => o[14]?.inputs ?? []);
    expect(inputs.length).toBeGreaterThan(800);
    expect(inputs.filter((i) => "ref" in i)).toEqual([]);
  });
});
