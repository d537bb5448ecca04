"use client";

import type { Locale } from "@/lib/format/locale";
import type { FigureId } from "@/lib/view/state";
import { useSearch } from "../dashboard/useViewState";
import { figureIds } from "@/lib/view/figure-ids";

/** Back to the figure on the dashboard, in the same view; a new tab, so the host page stays. */
export function FullViewLink({ lang, figure, text }: { lang: Locale; figure: FigureId; text: string }) {
  const search = useSearch();
  return (
    <a href={`/${lang}${search}#${figureIds(figure).figure}`} target="_blank" rel="noopener">
      {text}
    </a>
  );
}
