import { usePlotArea } from "recharts";
import { markerRows, type ChartMarker } from "@/lib/view/timeline";
import type { ChartColors } from "./useChartColors";
import styles from "./EventMarker.module.css";

type Props = {
  viewBox?: { x?: number; y?: number };
  marker: ChartMarker;
  /** Every marker's position, ascending, and this one's index: markers too close drop a row. */
  xs: readonly number[];
  index: number;
  /** The x axis's span in years, to turn the plot's width into pixels per year. */
  span: number;
  colors: ChartColors;
  onActivate: (label: string | null) => void;
};

/** A row of markers is one target (20 px) and a little air beside the next. */
const ROW = 23;

/** A numbered event marker at the top of its reference line (or its foot, when crowded): focusable, and it explains itself when focused or hovered. */
export function EventMarker({ viewBox, marker, xs, index, span, colors, onActivate }: Props) {
  const plot = usePlotArea();
  const row = plot && span > 0 ? (markerRows(xs, plot.width / span)[index] ?? 0) : 0;
  const x = viewBox?.x ?? 0;
  const top = (viewBox?.y ?? 0) + 10;
  // Trade climbs to the right, so under the latest events the foot of the plot is empty (and the top
  // is where the line is): a marker too close to its neighbour goes to the foot of its line.
  const foot = plot ? plot.y + plot.height - 10 : top;
  const y = row === 0 ? top : foot - (row - 1) * ROW;
  return (
    <g
      className={styles.marker}
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
