import { DefaultLegendContent, type LegendProps } from "recharts";
import { figureIds } from "@/lib/view/figure-ids";
import type { FigureId } from "@/lib/view/state";

/**
 * A chart is an image named by its figure's title, out of the tab order: recharts' keyboard layer
 * reached one series only and named the chart by its ticks. Its summary and its table, a tab away,
 * are the way in for keyboards and screen readers.
 */
export const chartImage = (figure: FigureId, options: { focusableMarkers?: boolean } = {}) =>
  ({
    accessibilityLayer: false,
    // An image's children are presentational; a chart with focusable event markers is a group, so each marker keeps its name.
    role: options.focusableMarkers ? "group" : "img",
    "aria-labelledby": figureIds(figure).title,
  }) as const;

/** The legend is part of the image (recharts would announce "KAZ legend icon" in English on /id). */
export const imageLegend: LegendProps["content"] = (props) => (
  <div aria-hidden="true">
    <DefaultLegendContent {...props} />
  </div>
);
