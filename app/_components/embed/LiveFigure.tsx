"use client";

import { useLayoutEffect } from "react";
import type { ChartMarker } from "@/lib/view/timeline";
import type { Locale } from "@/lib/format/locale";
import type { FigureId } from "@/lib/view/state";
import { FIGURE_COMPONENTS } from "../dashboard/figure-components";
import type { DashboardOptions } from "../dashboard/types";
import { useLiveView } from "../dashboard/useLiveView";
import dashboardStyles from "../dashboard/Dashboard.module.css";

export type LiveFigureProps = { locale: Locale; id: FigureId; options: DashboardOptions; markers: readonly ChartMarker[]; onReady: (ready: boolean) => void };

/** One live figure in the link's view, as the dashboard draws it. */
export default function LiveFigure({ locale, id, options, markers, onReady }: LiveFigureProps) {
  const { figure, notice } = useLiveView(locale, options);
  const ready = figure !== null;
  useLayoutEffect(() => onReady(ready), [ready, onReady]);
  const Figure = FIGURE_COMPONENTS[id];
  return (
    <div className={dashboardStyles.dashboard} data-testid="dashboard" data-live="" data-ready={ready ? "" : undefined}>
      {notice}
      {figure && <Figure {...figure} markers={markers} />}
    </div>
  );
}
