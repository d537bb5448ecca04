import { UNIT_CHOICES, scaleWord } from "@/lib/format/number";
import type { FigureProps } from "./types";
import { Segmented } from "./Segmented";

/** Currency, rate basis and unit: they change every number on the page at once. */
export function Controls({ t, locale, state, setView }: FigureProps) {
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
    </section>
  );
}
