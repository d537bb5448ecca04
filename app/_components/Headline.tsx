import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import type { RateBasis } from "@/lib/schema/primitives";
import { ARTICLE_YEAR } from "@/lib/trade/article-year";
import { headlineCompact, headlineData, headlineView } from "@/lib/view/headline-view";
import type { MoneyView, ViewOptions } from "@/lib/view/state";
import { HeadlineBlock } from "./HeadlineBlock";
import { HeadlineVariants, type HeadlineKey } from "./HeadlineVariants";
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
  const input = headlineData(data);
  const settings = (currency: MoneyView["currency"], rate: RateBasis): MoneyView => ({ currency, rate, idrPerUsd: null, prices: "nominal", base: options.defaultBase, unit: "auto" });
  const views = {
    "USD|article": headlineView(input, settings("USD", "article"), locale),
    "USD|annual": headlineView(input, settings("USD", "annual"), locale),
    "IDR|article": headlineView(input, settings("IDR", "article"), locale),
    "IDR|annual": headlineView(input, settings("IDR", "annual"), locale),
    CNY: headlineView(input, settings("CNY", "article"), locale),
  } satisfies Record<HeadlineKey, unknown>;
  const variants = Object.fromEntries(
    Object.entries(views).map(([key, view]) => [key, view && <HeadlineBlock t={t} locale={locale} view={view} onPage={onPage} />]),
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
