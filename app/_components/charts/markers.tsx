import type { Status } from "@/lib/schema/primitives";

type MarkerProps = { cx?: number; cy?: number; status: Status | null; partial?: boolean; converted?: boolean; color: string; background: string };

/**
 * A point's status as a shape, not only a colour: reported ●, approximate ○, derived or
 * converted ◆, part of a year ▲.
 */
export function StatusMarker({ cx, cy, status, partial, converted, color, background }: MarkerProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  if (partial) return <path d={`M${cx},${cy - 7} L${cx + 7},${cy + 5} L${cx - 7},${cy + 5} Z`} fill={background} stroke={color} strokeWidth={2} />;
  if (status === "derived" || converted) return <path d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`} fill={color} stroke={background} strokeWidth={1} />;
  if (status === "approximate") return <circle cx={cx} cy={cy} r={5} fill={background} stroke={color} strokeWidth={2} />;
  return <circle cx={cx} cy={cy} r={5} fill={color} stroke={background} strokeWidth={1} />;
}
