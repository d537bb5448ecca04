import { UNIT_CHOICES, scaleWord } from "@/lib/format/number";
import type { FigureProps } from "./types";
import { Segmented } from "./Segmented";
import { Select } from "./Select";

/** Currency, rate basis, unit and year range: they change every figure on the page at once. */
export function Controls({ t, locale, state, setView, options }: FigureProps) {
  const years = options.allYears.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <section className="controls" aria-label={t.controls.label}>
      <Segmented
        name="currency"
        legend={t.controls.currency}
        value={state.currency}
        options={[
          { value: "USD", label: "US$" },
          { value: "IDR", label: "Rp" },
        ]}
        onChange={(currency) => setView({ ...state, currency })}
      />
      <Segmented
        name="rate"
        legend={t.controls.rate}
        value={state.rate}
        options={[
          { value: "article", label: t.controls.rateArticle },
          { value: "annual", label: t.controls.rateAnnual },
        ]}
        onChange={(rate) => setView({ ...state, rate })}
      />
      <Segmented
        name="unit"
        legend={t.controls.unit}
        value={state.unit}
        options={UNIT_CHOICES.map((u) => ({ value: u, label: u === "auto" ? t.controls.unitAuto : scaleWord(u, locale) }))}
        onChange={(unit) => setView({ ...state, unit })}
      />
      <fieldset className="range">
        <legend>{t.controls.range}</legend>
        <div className="range__fields">
        <Select label={t.controls.from} value={String(state.from)} options={years.filter((y) => Number(y.value) <= state.to)} onChange={(v) => setView({ ...state, from: Number(v) })} />
        <Select label={t.controls.to} value={String(state.to)} options={years.filter((y) => Number(y.value) >= state.from)} onChange={(v) => setView({ ...state, to: Number(v) })} />
        </div>
      </fieldset>
    </section>
  );
}
