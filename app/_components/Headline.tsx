import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { ARTICLE_YEAR } from "@/lib/trade/article-year";
import { headlineCompact, headlineData, type HeadlineView } from "@/lib/view/headline-view";
import { HEADLINE_KEYS, headlineKeyed, headlineVariants, type HeadlineKey } from "@/lib/view/headline-variants";
import { refOf, type Keyed } from "@/lib/view/provenance-keys";
import type { ViewOptions } from "@/lib/view/state";
import { HeadlineBlock } from "./HeadlineBlock";
import type { HeadlineRefs } from "./HeadlineNumber";
import { HeadlineVariants } from "./HeadlineVariants";
import a11yStyles from "./ui/a11y.module.css";
import styles from "./Headline.module.css";

type Props = {
  locale: Locale;
  data: Dataset;
  /** The base years constant dollars can have, and the default one: the dashboard's. */
  options: Pick<ViewOptions, "baseYears" | "defaultBase">;
  /** The sources the page lists. */
  onPage: readonly string[];
};

/**
 * The numbers a reader came for, rendered on the server so they paint first and need no script:
 * one version per currency and rate basis; the URL picks one. Any other view (your rate, constant
 * prices, a fixed unit) is built in the browser from the same few exact figures, by the same builder.
 */
export function Headline({ locale, data, options, onPage }: Props) {
  const t = messagesFor(locale);
  const views = headlineVariants(headlineData(data), locale);
  const listed = new Set(onPage);
  // Each number carries its key; its provenance is in the page's map (lib/article/page-provenance.ts).
  const refs = (key: HeadlineKey, view: HeadlineView): HeadlineRefs => {
    const k = headlineKeyed(key, view);
    const ref = (x: Keyed | null) => x && refOf(x, locale, listed);
    return { main: ref(k.main), second: ref(k.second), change: ref(k.change), value: ref(k.value), share: ref(k.share) };
  };
  const variants = Object.fromEntries(
    HEADLINE_KEYS.map((key) => {
      const view = views[key];
      return [key, view && <HeadlineBlock t={t} locale={locale} view={view} onPage={onPage} refs={refs(key, view)} />];
    }),
  ) as Record<HeadlineKey, React.ReactNode>;
  const compact = headlineCompact(data);
  return (
    <section aria-labelledby="headline-heading">
      <p className={styles.eyebrow}>{views["USD|article"]?.eyebrow}</p>
      <h1 id="headline-heading" className={a11yStyles.visuallyHidden}>
        {fill(t.headlineHeading, { year: ARTICLE_YEAR })}
      </h1>
      <HeadlineVariants
        variants={variants}
        live={{ locale, data: compact, onPage: onPage.filter((id) => id in compact.sources) }}
        options={{ baseYears: options.baseYears, defaultBase: options.defaultBase }}
      />
    </section>
  );
}
