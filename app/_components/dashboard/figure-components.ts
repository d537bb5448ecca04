import type { ComponentType } from "react";
import type { ChartMarker } from "@/lib/view/timeline";
import type { FigureId } from "@/lib/view/state";
import { CountriesFigure } from "./CountriesFigure";
import { FlowsFigure } from "./FlowsFigure";
import { IndonesiaFigure } from "./IndonesiaFigure";
import { MirrorFigure } from "./MirrorFigure";
import { SharesFigure } from "./SharesFigure";
import { TrendFigure } from "./TrendFigure";
import type { FigureProps } from "./types";
import { WorldFigure } from "./WorldFigure";

/** Each figure's live component, in page order: the dashboard draws them all, an embed one. */
export const FIGURE_COMPONENTS: Record<FigureId, ComponentType<FigureProps & { markers: readonly ChartMarker[] }>> = {
  trend: TrendFigure,
  countries: CountriesFigure,
  flows: FlowsFigure,
  shares: SharesFigure,
  world: WorldFigure,
  mirror: MirrorFigure,
  indonesia: IndonesiaFigure,
};
