import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import { READER_SOURCE_ID } from "@/lib/schema/reader-rate";
import type { HeadlineView } from "@/lib/view/headline-view";
import { sourceHref } from "@/lib/view/provenance";
import { HeadlineNumber, type HeadlineRefs } from "./HeadlineNumber";
import { HeadlineYardstick } from "./HeadlineYardstick";
import styles from "./HeadlineBlock.module.css";

type Props = {
  t: Messages;
  locale: Locale;
  view: HeadlineView;
  /** The sources the page lists; others link to the sources page. */
  onPage: readonly string[];
  /** A server version's numbers by key (their provenance loads when opened); without, a version built in the browser shows its own. */
  refs?: HeadlineRefs;
};

/**
 * The headline's lines: the total, the same total another way, the change, and the sources of
 * exactly these numbers. The words are the builder's (lib/view/headline-view.ts), on the server and
 * in the browser alike.
 */
export function HeadlineBlock({ t, locale, view, onPage, refs }: Props) {
  const listed = new Set(onPage);
  const { main, second, change } = view;
  return (
    <>
      <div className={styles.figure} data-testid={main.testId}>
        <HeadlineNumber t={t} n={main} provRef={refs?.main} />
      </div>
      <div className={styles.second} data-testid={second.testId}>
        {second.before}
        <HeadlineNumber t={t} n={second} provRef={refs?.second} />
        {second.after}
      </div>
      <div className={styles.change} data-testid="headline-change">
        <HeadlineNumber t={t} n={change} provRef={refs?.change} /> {change.rest}
      </div>
      <ul className={styles.sources} data-testid="headline-sources">
        {view.sources.map((s) => (
          <li key={`${s.label}|${s.id}`}>
            <span>
              {s.label}:{" "}
              {s.id === READER_SOURCE_ID ? (
                s.name
              ) : (
                <a href={sourceHref(s.id, locale, listed)} data-source-id={s.id}>
                  {s.name}
                </a>
              )}
            </span>
          </li>
        ))}
      </ul>
      {view.yardstick && <HeadlineYardstick t={t} locale={locale} yardstick={view.yardstick} onPage={listed} refs={refs} />}
    </>
  );
}
