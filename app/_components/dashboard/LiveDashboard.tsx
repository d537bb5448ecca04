"use client";

import { useLayoutEffect } from "react";
import type { ChartMarker } from "@/lib/view/timeline";
import type { Locale } from "@/lib/format/locale";
import { Controls } from "./Controls";
import { FIGURE_COMPONENTS } from "./figure-components";
import type { DashboardOptions } from "./types";
import { useLiveView } from "./useLiveView";
import styles from "./Dashboard.module.css";

export type LiveProps = {
  locale: Locale;
  options: DashboardOptions;
  /** The article's dated events, drawn as numbered markers on the trend chart. */
  markers: readonly ChartMarker[];
  /** Told when the live figures are drawn, so the server-rendered ones can go. */
  onReady: (ready: boolean) => void;
};

/**
 * The interactive dashboard: loaded after the page has painted, it fetches the dataset once and
 * computes every view from it. Until then (and if that fails) the server-rendered figures stay.
 */
export default function LiveDashboard({ locale, options, markers, onReady }: LiveProps) {
  const { figure, notice } = useLiveView(locale, options);
  const ready = figure !== null;
  // Before paint, so the server's figures and these are never seen together.
  useLayoutEffect(() => onReady(ready), [ready, onReady]);
  if (!figure) return <div className={styles.dashboard} data-testid="dashboard">{notice}</div>;
  return (
    <div className={styles.dashboard} data-testid="dashboard" data-live="" data-ready="">
      <Controls {...figure} />
      {notice}
      {Object.entries(FIGURE_COMPONENTS).map(([id, Figure]) => (
        <Figure key={id} {...figure} markers={markers} />
      ))}
    </div>
  );
}
