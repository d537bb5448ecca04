import type { ChartMarker } from "@/lib/article/timeline";
import type { ChartColors } from "./useChartColors";

type Props = {
  viewBox?: { x?: number; y?: number };
  marker: ChartMarker;
  colors: ChartColors;
  onActivate: (label: string | null) => void;
};

/** A numbered event marker at the top of its reference line: focusable, and it explains itself when focused or hovered. */
export function EventMarker({ viewBox, marker, colors, onActivate }: Props) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) + 10;
  return (
    <g
      className="event-marker"
      tabIndex={0}
      role="img"
      aria-label={`${marker.label}. ${marker.title}. ${marker.text}`}
      data-event={marker.label}
      onFocus={() => onActivate(marker.label)}
      onBlur={() => onActivate(null)}
      onMouseEnter={() => onActivate(marker.label)}
      onMouseLeave={() => onActivate(null)}
      onClick={() => onActivate(marker.label)}
      style={{ cursor: "help" }}
    >
      <circle cx={x} cy={y} r={10} fill={colors.surface} stroke={colors.text} strokeWidth={1.5} />
      <text x={x} y={y + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill={colors.text}>
        {marker.label}
      </text>
    </g>
  );
}
