import type { Locale } from "@/lib/format/locale";
import type { TradePoint } from "@/lib/schema/api";
import { FIGURE_MODELS } from "@/lib/view/figures";
import type { SourceLookup } from "@/lib/view/provenance";
import type { ResolvedView } from "@/lib/view/resolve";
import { StaticFigure } from "./StaticFigure";
import { LISTS_NO_SOURCES } from "@/lib/view/provenance";
import styles from "./StaticDashboard.module.css";

type Props = { locale: Locale; points: readonly TradePoint[]; resolved: ResolvedView; sources: SourceLookup };

/**
 * The default view as plain HTML, rendered on the server from the same figure views the browser
 * uses: what a reader sees before the live dashboard has drawn, and all a reader without JavaScript
 * gets. No controls: they would do nothing here.
 */
export function StaticDashboard({ locale, points, resolved, sources }: Props) {
  return (
    <>
      <div className={styles.placeholder} aria-hidden="true" />
      {FIGURE_MODELS.map((model) => (
        <StaticFigure key={model.id} locale={locale} model={model} points={points} resolved={resolved} sources={sources} onPage={LISTS_NO_SOURCES} />
      ))}
    </>
  );
}
