import { describe, expect, it } from "vitest";
import { dashboardAnchor, framedLink, OUT_OF_FRAME } from "./links";

describe("links in a page that may be framed", () => {
  it("in an embed, a link out of the page opens outside the frame, in a new tab", () => {
    expect(OUT_OF_FRAME).toEqual({ target: "_blank", rel: "noopener noreferrer" });
    for (const href of ["/id/sources#src-gacc-2024", "/en?currency=IDR#fig-trend", "https://www.imf.org/", "/api/trade.csv?partner=CA5"])
      expect(framedLink(href, true)).toEqual({ href, ...OUT_OF_FRAME });
  });

  it("in an embed, an in-page anchor stays in the page", () => {
    expect(framedLink("#fig-trend-summary", true)).toEqual({ href: "#fig-trend-summary" });
  });

  it("on the site itself, links are left as they are", () => {
    expect(framedLink("/id/sources#src-x", false)).toEqual({ href: "/id/sources#src-x" });
    expect(framedLink("https://www.imf.org/", false)).toEqual({ href: "https://www.imf.org/" });
  });

  it("an anchor on the dashboard is in the page there, and the dashboard's own from an embed, which lacks it", () => {
    expect(dashboardAnchor("event-1", "id", false)).toBe("#event-1");
    expect(dashboardAnchor("event-1", "en", true)).toBe("/en#event-1");
  });
});
