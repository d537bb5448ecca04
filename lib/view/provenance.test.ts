import { describe, expect, it } from "vitest";
import { sourceLabels } from "./provenance";

describe("sourceLabels", () => {
  it("shortens publishers, and tells apart two that would read the same", () => {
    const imf = "International Monetary Fund, Direction of Trade Statistics (xlsx download committed to GitHub repo SamLeBlanc/Direction-of-Trade-Map)";
    const labels = sourceLabels([
      { id: "imf-dots-chn", publisher: imf, title: "DOTS_40.xlsx: China, P.R.: Mainland, exports" },
      { id: "imf-dots-kaz", publisher: imf, title: "DOTS_103.xlsx: Kazakhstan, Rep. of, exports" },
      { id: "x", publisher: "Xinhua (China Daily mirror)", title: "Report" },
    ]);
    expect([...labels.values()]).toEqual([
      "International Monetary Fund, Direction of Trade Statistics, DOTS_40.xlsx",
      "International Monetary Fund, Direction of Trade Statistics, DOTS_103.xlsx",
      "Xinhua",
    ]);
  });
});
