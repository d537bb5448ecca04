import { describe, expect, it } from "vitest";
import { apiError } from "@/lib/schema/api";
import { ytdResponse } from "@/lib/schema/api-ytd";
import { handleYtd } from "./ytd";

const get = (query = "") => handleYtd(new Request(`http://localhost/api/ytd${query}`));

describe("GET /api/ytd", () => {
  it("sets January–October 2025 against January–October 2024, each figure with its status, the change derived", async () => {
    const res = get();
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = ytdResponse.parse(await res.json());
    const ca5 = body.comparisons.find((c) => c.partner === "CA5" && c.current.period === "2025-01/2025-10");
    expect(ca5).toMatchObject({
      reporter: "CHN",
      flow: "total",
      periodType: "ytd",
      months: { from: 1, to: 10 },
      current: { value: 88100000000, currency: "USD", status: "derived", stated: { value: "88.1", unit: "billion", currency: "USD" } },
      previous: { period: "2024-01/2024-10", value: 77200000000, status: "derived" },
      change: "0.141192",
      changePercent: "14.1",
    });
  });

  it("lists part-year figures without the same months a year before as alone, never compared with a full year", async () => {
    const body = ytdResponse.parse(await get().json());
    expect(body.alone.find((a) => a.partner === "CA5" && a.flow === "total" && a.figure.period === "2025-01/2025-05")).toMatchObject({ comparedWith: null, figure: { value: 39800000000 } });
    expect(body.alone.find((a) => a.periodType === "month")).toMatchObject({ partner: "WLD", months: { from: 2, to: 2 }, figure: { period: "2026-02" } });
    for (const c of body.comparisons) expect(c.current.period.includes("/") || /^\d{4}-\d{2}$/.test(c.current.period)).toBe(true);
  });

  it("takes no parameters", async () => {
    const res = get("?year=2025");
    expect(res.status).toBe(400);
    expect(apiError.parse(await res.json()).issues).toEqual([{ param: "year", message: "unknown parameter; this endpoint takes none" }]);
  });
});
