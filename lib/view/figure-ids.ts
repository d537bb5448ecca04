import type { FigureId } from "./state";

/**
 * The element ids of a figure, in one place: the server's figure, the live one, the chart that is
 * labelled by the title, the table, and links to a figure (#fig-trend) all depend on them.
 */
export const figureIds = (id: FigureId) => ({ figure: `fig-${id}`, title: `fig-${id}-title`, summary: `fig-${id}-summary`, table: `table-${id}` }) as const;
