"use client";

import { useId, useState } from "react";
import type { Locale } from "@/lib/format/locale";
import { formatRate } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { parseDecimal } from "@/lib/money/ratio";
import { readerInput } from "@/lib/trade/reader-rate";
import styles from "./ReaderRateField.module.css";

type Props = { t: Messages; locale: Locale; value: string; onValid: (idrPerUsd: string) => void };

/**
 * The reader's own rupiah rate, checked as they type. A good value goes to the URL at once; a bad
 * one gets a message beside the field while the numbers keep the last good value.
 */
export function ReaderRateField({ t, locale, value, onValid }: Props) {
  const id = useId();
  const shown = (v: string) => formatRate(parseDecimal(v), "IDR", locale).replace(/^Rp/, "");
  const [text, setText] = useState(() => shown(value));
  const check = readerInput(text, locale);
  const message = check.ok ? "" : fill(t.controls.rateInvalid[check.code], { last: formatRate(parseDecimal(value), "IDR", locale) });
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{t.controls.rateInput}</label>
      <input
        id={id}
        name="idrPerUsd"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={!check.ok}
        aria-describedby={`${id}-message`}
        onChange={(e) => {
          setText(e.target.value);
          const next = readerInput(e.target.value, locale);
          if (next.ok && next.value !== value) onValid(next.value);
        }}
      />
      <p id={`${id}-message`} className={styles.message} aria-live="polite" data-testid="rate-message">
        {message}
      </p>
    </div>
  );
}
