"use client";

import type { Locale } from "@/lib/format/locale";
import type { FigureId } from "@/lib/view/state";
import { useSearch } from "../dashboard/useViewState";
import { figureIds } from "@/lib/view/figure-ids";
import { OUT_OF_FRAME } from "@/lib/embed/links";

/** Back to the figure on the dashboard, in the same view; out of the frame, like every link in an embed. */
export function FullViewLink({ lang, figure, text }: { lang: Locale; figure: FigureId; text: string }) {
  const search = useSearch();
  return (
    <a href={`/${lang}${search}#${figureIds(figure).figure}`} {...OUT_OF_FRAME}>
      {text}
    </a>
  );
}
