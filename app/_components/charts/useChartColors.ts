"use client";

import { useEffect, useState } from "react";

const NAMES = ["text", "muted", "line", "accent", "bg", "surface", "kaz", "kgz", "tjk", "tkm", "uzb", "export", "import", "balance"] as const;
export type ChartColors = Record<(typeof NAMES)[number], string>;

function read(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  return Object.fromEntries(NAMES.map((n) => [n, style.getPropertyValue(n === "text" || n === "muted" || n === "line" || n === "accent" || n === "bg" || n === "surface" ? `--${n}` : `--c-${n}`).trim()])) as ChartColors;
}

/**
 * The palette as resolved colours: SVG attributes and exported files cannot use CSS variables.
 * Re-read when the system scheme or the page's theme switch changes.
 */
export function useChartColors(): ChartColors | null {
  const [colors, setColors] = useState<ChartColors | null>(null);
  useEffect(() => {
    const update = () => setColors(read());
    update();
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", update);
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => {
      media.removeEventListener("change", update);
      observer.disconnect();
    };
  }, []);
  return colors;
}
