import type { ChartMarker } from "@/lib/view/timeline";
import { useSignal, type Signal } from "./signal";
import styles from "./MarkerNote.module.css";

/** The explanation of the focused or hovered event marker, over the chart. */
export function MarkerNote({ markers, active }: { markers: readonly ChartMarker[]; active: Signal<string | null> }) {
  const label = useSignal(active);
  const marker = markers.find((m) => m.label === label);
  return (
    <div className={styles.note} aria-live="polite" data-testid="marker-note">
      {marker && (
        <p>
          <strong>
            {marker.label}. {marker.title}
          </strong>{" "}
          {marker.text}
        </p>
      )}
    </div>
  );
}
