import { describe, expect, it } from "vitest";
import { scrollAnchor, type FigureBox } from "./scroll-anchor";

// Seven server figures of 700 px with 32 px between them, the dashboard 100 px above the first; an 800 px viewport.
const figures: FigureBox[] = ["trend", "countries", "flows", "shares", "world", "mirror", "indonesia"].map((id, i) => ({
  id: `fig-${id}`,
  top: 100 + i * 732,
  bottom: 100 + i * 732 + 700,
}));
const at = (scrollY: number, hash = "") => ({
  figures: figures.map((f) => ({ ...f, top: f.top - scrollY, bottom: f.bottom - scrollY })),
  view: { dashboardTop: -scrollY, height: 800, hash },
});
const anchor = (scrollY: number, hash = "") => {
  const { figures: boxes, view } = at(scrollY, hash);
  return scrollAnchor(boxes, view);
};

describe("scrollAnchor", () => {
  it("keeps nothing when the dashboard begins in view: what is above the reader does not change", () => {
    expect(anchor(-500)).toBeNull();
    expect(anchor(0)).toBeNull();
  });

  it("holds the figure across the viewport's top, where the reader is", () => {
    // fig-shares spans 2296…2996 and fig-world 3028…3728: at 3,000 the top edge is in the gap before world.
    expect(anchor(3000)).toEqual({ id: "fig-world", top: 28 });
    expect(anchor(2700)).toEqual({ id: "fig-shares", top: -404 });
  });

  it("holds the figure a link has just taken the reader to, not the one above it still in view", () => {
    // #fig-mirror on a desktop lands 192 px down (12rem of scroll padding): fig-world's last 160 px are above it.
    expect(anchor(3760 - 192, "#fig-mirror")).toEqual({ id: "fig-mirror", top: 192 });
    expect(anchor(3760 - 192)).toEqual({ id: "fig-world", top: -540 });
    // The first figure, its dashboard's top still in view.
    expect(anchor(100 - 192, "#fig-trend")).toEqual({ id: "fig-trend", top: 192 });
  });

  it("forgets the link once its figure is out of view", () => {
    expect(anchor(3000, "#fig-indonesia")).toEqual({ id: "fig-world", top: 28 });
    expect(anchor(-500, "#fig-indonesia")).toBeNull();
  });

  it("keeps nothing when every figure is above the viewport", () => {
    expect(anchor(8000)).toBeNull();
  });
});
