import { describe, expect, it } from "vitest";
import { placePopover } from "./popover-place";

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

describe("placePopover", () => {
  it.each([
    ["under the number where it fits", { left: 20, top: 100, bottom: 120 }, 300, phone, { left: 20, top: 126, width: 320, maxHeight: null }],
    ["over it where only that fits", { left: 20, top: 700, bottom: 720 }, 300, phone, { left: 20, top: 394, width: 320, maxHeight: null }],
    ["a 448 px popover mid-screen on a phone: the roomier side, capped to it", { left: 20, top: 380, bottom: 400 }, 448, phone, { left: 20, top: 406, width: 320, maxHeight: 430 }],
    ["the roomier side is above", { left: 20, top: 460, bottom: 480 }, 470, phone, { left: 20, top: 8, width: 320, maxHeight: 446 }],
    ["kept inside the right edge", { left: 1200, top: 100, bottom: 120 }, 200, desktop, { left: 952, top: 126, width: 320, maxHeight: null }],
    ["narrower than 320 on a small screen", { left: 0, top: 100, bottom: 120 }, 200, { width: 300, height: 600 }, { left: 8, top: 126, width: 284, maxHeight: null }],
  ] as const)("%s", (_, anchor, height, viewport, placement) => {
    expect(placePopover(anchor, height, viewport)).toEqual(placement);
  });

  it("never runs off the screen, wherever the number is", () => {
    for (let top = 0; top < phone.height - 20; top += 37) {
      for (const height of [50, 200, 448, 900]) {
        const p = placePopover({ left: 10, top, bottom: top + 20 }, height, phone);
        const shown = Math.min(height, p.maxHeight ?? height);
        expect(p.top).toBeGreaterThanOrEqual(0);
        expect(p.top + shown).toBeLessThanOrEqual(phone.height);
      }
    }
  });
});
