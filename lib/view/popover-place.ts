/** Where a popover goes: under its number, above it where only that fits, else on the roomier side, scrolling inside. */
export type Placement = { left: number; top: number; width: number; maxHeight: number | null };

const GAP = 6;
const MARGIN = 8;

/**
 * `anchor`: the number's box in the viewport; `height`: the popover's own height at full size. A
 * phone screen often has room for a tall popover neither under nor over a number in the middle of
 * it: the popover then takes the roomier side and is capped to it, so it never runs off screen.
 */
export function placePopover(anchor: { left: number; top: number; bottom: number }, height: number, viewport: { width: number; height: number }): Placement {
  const width = Math.min(320, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - width - MARGIN));
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  if (height <= below) return { left, top: anchor.bottom + GAP, width, maxHeight: null };
  if (height <= above) return { left, top: anchor.top - GAP - height, width, maxHeight: null };
  const room = Math.max(below, above);
  return below >= above
    ? { left, top: anchor.bottom + GAP, width, maxHeight: room }
    : { left, top: anchor.top - GAP - room, width, maxHeight: room };
}
