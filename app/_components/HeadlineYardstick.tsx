import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { HeadlineYardstick as Yardstick } from "@/lib/view/headline-yardstick";
import { sourceHref } from "@/lib/view/provenance";
import { HeadlineNumber, type HeadlineRefs } from "./HeadlineNumber";
import styles from "./HeadlineYardstick.module.css";

type Props = { t: Messages; locale: Locale; yardstick: Yardstick; onPage: ReadonlySet<string>; refs?: HeadlineRefs };

/**
 * "For comparison: China–Indonesia trade in 2024 was …; Central Asia's was 64.1% of that." Both
 * numbers open their provenance; the figure's source is named under it, and the sentence leads to
 * the figure that sets the two series side by side.
 */
export function HeadlineYardstick({ t, locale, yardstick: y, onPage, refs }: Props) {
  return (
    <div className={styles.yardstick} data-testid="headline-yardstick">
      {/* A div, not a p: the provenance popovers are divs, which a p cannot hold. */}
      <div className={styles.sentence}>
        {y.before}
        <HeadlineNumber t={t} n={y.value} provRef={refs?.value} />
        {y.middle}
        <HeadlineNumber t={t} n={y.share} provRef={refs?.share} />
        {y.after} <a href="#fig-indonesia">{t.yardstick.seeFigure}</a>
      </div>
      <p className={styles.source}>
        {y.source.label}:{" "}
        <a href={sourceHref(y.source.id, locale, onPage)} data-source-id={y.source.id}>
          {y.source.name}
        </a>
      </p>
    </div>
  );
}
