import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import { READER_SOURCE_ID } from "@/lib/schema/reader-rate";
import type { HeadlineView } from "@/lib/view/headline-view";
import type { Provenance } from "@/lib/view/provenance";
import { provenanceLabel, sourceHref } from "@/lib/view/provenance";
import { ProvenanceButton } from "./ProvenanceButton";
import { HeadlineYardstick } from "./HeadlineYardstick";
import styles from "./HeadlineBlock.module.css";

type Props = {
  t: Messages;
  locale: Locale;
  view: HeadlineView;
  /** The sources the page lists; others link to the sources page. */
  onPage: readonly string[];
};

/**
 * The headline's lines: the total, the same total another way, the change, and the sources of
 * exactly these numbers. The words are the builder's (lib/view/headline-view.ts), on the server and
 * in the browser alike.
 */
export function HeadlineBlock({ t, locale, view, onPage }: Props) {
  const listed = new Set(onPage);
  const button = (n: { text: string; provenance: Provenance }) => (
    <ProvenanceButton provenance={n.provenance} label={provenanceLabel(t, n.text)} closeText={t.provenance.close}>
      {n.text}
    </ProvenanceButton>
  );
  const { main, second, change } = view;
  return (
    <>
      <div className={styles.figure} data-testid={main.testId}>
        {button(main)}
      </div>
      <div className={styles.second} data-testid={second.testId}>
        {second.before}
        {button(second)}
        {second.after}
      </div>
      <div className={styles.change} data-testid="headline-change">
        {button(change)} {change.rest}
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
      {view.yardstick && <HeadlineYardstick t={t} locale={locale} yardstick={view.yardstick} onPage={listed} />}
    </>
  );
}
