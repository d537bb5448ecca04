import type { Period } from "@/lib/check/periods";
import type { Override } from "@/lib/check/check";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { CHECK_TEXT_MAX, type CheckPlace, type CheckResponse } from "@/lib/schema/api-check";
import type { SourceLookup } from "@/lib/view/provenance";
import { CheckFigure } from "./CheckFigure";
import controlStyles from "../ui/control.module.css";
import styles from "./CheckForm.module.css";
import { ReadingFields } from "./ReadingFields";

type Props = {
  locale: Locale;
  text: string;
  tooLong: boolean;
  /** The answer with the reader's corrections, and the text's own reading (for "as read"). */
  answer: CheckResponse | null;
  asRead: CheckResponse | null;
  overrides: readonly (Override | undefined)[];
  choices: { places: readonly CheckPlace[]; periods: readonly Period[] };
  sources: SourceLookup;
  textLang: string;
};

const selectedOf = (o: Override | undefined) => ({ partner: o?.partner, period: o?.period?.period, flow: o?.flow, currency: o?.currency });

/**
 * The checker: a plain GET form (the text and every correction go in the address), answered by the
 * server, so it works, and can be shared, without JavaScript.
 */
const READING_FORM = "check-reading";

export function CheckForm({ locale, text, tooLong, answer, asRead, overrides, choices, sources, textLang }: Props) {
  const t = messagesFor(locale);
  return (
    <>
      <form method="get" action={`/${locale}/check`} className={styles.form}>
        <div className={styles.ask}>
          <label htmlFor="check-text" className={styles.label}>
            {t.check.label}
          </label>
          <p id="check-hint" className={styles.hint}>
            {t.check.hint}
          </p>
          <textarea id="check-text" name="text" className={styles.text} defaultValue={text} maxLength={CHECK_TEXT_MAX} rows={4} aria-describedby="check-hint" required />
          <button type="submit" className={`${controlStyles.button} ${styles.submit}`}>
            {t.check.submit}
          </button>
        </div>
        {tooLong && (
          <p className={styles.error} role="alert">
            {fill(t.check.tooLong, { count: text.length })}
          </p>
        )}
        {answer?.note && <p className={styles.note}>{answer.note}</p>}
        {answer?.claims.map((claim, i) => (
          <CheckFigure key={i} n={i + 1} claim={claim} locale={locale} t={t} sources={sources} textLang={textLang}>
            <ReadingFields n={i + 1} form={READING_FORM} claim={claim} asRead={asRead?.claims[i] ?? claim} selected={selectedOf(overrides[i])} places={choices.places} periods={choices.periods} locale={locale} t={t} />
          </CheckFigure>
        ))}
      </form>
      {/* The corrections' own form: the sentence as checked, and each figure's fields and button (form="…"). */}
      {answer?.claims.length ? (
        <form id={READING_FORM} method="get" action={`/${locale}/check`} hidden>
          <input type="hidden" name="text" value={text} />
        </form>
      ) : null}
    </>
  );
}
