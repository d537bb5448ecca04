/**
 * Keeping a reader's place when the live figures replace the server's. The live ones are taller
 * (controls, tabs, downloads), so a swap that happens while the reader looks at a figure, or just
 * after a link jumped to one, would push it down by everything added above: 3.5 thousand px on a
 * phone. The browser's own scroll anchoring cannot help, as the element it anchors to is removed.
 */

/** A figure's box against the viewport (getBoundingClientRect), by its element id. */
export type FigureBox = { id: string; top: number; bottom: number };

/** The figure whose place on screen a swap keeps, and where its top was. */
export type ScrollAnchor = { id: string; top: number };

/**
 * The figure to hold in place: the one the address's fragment names (a link just took the reader
 * there) while it is in view; else the first figure not wholly above the viewport's top, when the
 * dashboard begins above it. Null when neither: what is above the reader's view does not change.
 */
export function scrollAnchor(figures: readonly FigureBox[], view: { dashboardTop: number; height: number; hash: string }): ScrollAnchor | null {
  const named = figures.find((f) => `#${f.id}` === view.hash && f.bottom > 0 && f.top < view.height);
  const figure = named ?? (view.dashboardTop < 0 ? figures.find((f) => f.bottom > 0) : undefined);
  return figure ? { id: figure.id, top: figure.top } : null;
}
