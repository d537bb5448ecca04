import { UNIT_CHOICES, scaleWord } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { FigureProps } from "./types";
import { ReaderRateField } from "./ReaderRateField";
import { Segmented } from "./Segmented";
import { Select } from "./Select";
import styles from "./Controls.module.css";

/** Currency, rate, prices, unit and year range: they change every figure on the page at once. */
export function Controls({ t, locale, state, setView, options }: FigureProps) {
  const years = options.allYears.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <section className={styles.controls} aria-label={t.controls.label} data-testid="controls">
      <Segmented
        name="currency"
        legend={t.controls.currency}
        value={state.currency}
        options={[
          { value: "USD", label: "US$" },
          { value: "IDR", label: "Rp" },
          { value: "CNY", label: "CN¥" },
        ]}
        onChange={(currency) => setView({ ...state, currency })}
      />
      {/* The rupiah rate means nothing for yuan, which always go at each year's average. */}
      {state.currency === "CNY" ? (
        <p className={styles.note}>{t.controls.yuanRate}</p>
      ) : (
        <Segmented
          name="rate"
          legend={t.controls.rate}
          value={state.rate}
          options={[
            { value: "article", label: t.controls.rateArticle },
            { value: "annual", label: t.controls.rateAnnual },
            { value: "custom", label: t.controls.rateCustom },
          ]}
          // Your rate is a rupiah rate: choosing it shows rupiah, starting from the article's rate.
          onChange={(rate) =>
            setView(rate === "custom" ? { ...state, rate, currency: "IDR", idrPerUsd: state.idrPerUsd ?? options.articleRate } : { ...state, rate, idrPerUsd: null })
          }
        />
      )}
      {state.currency !== "CNY" && state.rate === "custom" && state.idrPerUsd !== null && (
        <ReaderRateField t={t} locale={locale} value={state.idrPerUsd} onValid={(idrPerUsd) => setView({ ...state, idrPerUsd }, { replace: true })} />
      )}
      {state.currency === "USD" && (
        <Segmented
          name="prices"
          legend={t.controls.prices}
          value={state.prices}
          options={[
            { value: "nominal", label: t.controls.pricesNominal },
            { value: "constant", label: fill(t.controls.pricesConstant, { base: state.base }) },
          ]}
          onChange={(prices) => setView({ ...state, prices })}
        />
      )}
      {state.currency === "USD" && state.prices === "constant" && (
        <Select
          label={t.controls.base}
          value={String(state.base)}
          options={options.baseYears.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => setView({ ...state, base: Number(v) })}
        />
      )}
      <Segmented
        name="unit"
        legend={t.controls.unit}
        value={state.unit}
        options={UNIT_CHOICES.map((u) => ({ value: u, label: u === "auto" ? t.controls.unitAuto : scaleWord(u, locale) }))}
        onChange={(unit) => setView({ ...state, unit })}
      />
      <fieldset className={styles.range}>
        <legend>{t.controls.range}</legend>
        <div className={styles.fields}>
          <Select label={t.controls.from} value={String(state.from)} options={years.filter((y) => Number(y.value) <= state.to)} onChange={(v) => setView({ ...state, from: Number(v) })} />
          <Select label={t.controls.to} value={String(state.to)} options={years.filter((y) => Number(y.value) >= state.from)} onChange={(v) => setView({ ...state, to: Number(v) })} />
        </div>
      </fieldset>
    </section>
  );
}
