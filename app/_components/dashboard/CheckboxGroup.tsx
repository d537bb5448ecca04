import { recentSplit } from "@/lib/view/recent-split";
import styles from "./CheckboxGroup.module.css";

type Option<T> = { value: T; label: string };

type Props<T extends string | number> = {
  legend: string;
  values: readonly T[];
  options: readonly Option<T>[];
  onChange: (values: T[]) => void;
  /**
   * Show only the last `recent` options and put the earlier ones behind a disclosure whose summary
   * `summary` writes (it names the ticked ones): 34 year boxes filled two phone screens.
   */
  earlier?: { recent: number; summary: (first: Option<T>, last: Option<T>, chosen: Option<T>[]) => string };
};

/** A multiple choice that always keeps one value: unticking the last is ignored. */
export function CheckboxGroup<T extends string | number>({ legend, values, options, onChange, earlier }: Props<T>) {
  const box = (o: Option<T>) => {
    const checked = values.includes(o.value);
    return (
      <label key={o.value} className={styles.option}>
        <input
          type="checkbox"
          checked={checked}
          onChange={() => {
            const next = checked ? values.filter((v) => v !== o.value) : [...values, o.value];
            if (next.length > 0) onChange(options.map((x) => x.value).filter((v) => next.includes(v)));
          }}
        />
        <span>{o.label}</span>
      </label>
    );
  };
  const split = earlier ? recentSplit(options, options.filter((o) => values.includes(o.value)), earlier.recent) : { recent: [...options], earlier: [], earlierChosen: [] };
  const [first, last] = [split.earlier[0], split.earlier.at(-1)];
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className={styles.options}>{split.recent.map(box)}</div>
      {earlier && first && last && (
        <details className={styles.earlier}>
          <summary>{earlier.summary(first, last, split.earlierChosen)}</summary>
          <div className={styles.options}>{split.earlier.map(box)}</div>
        </details>
      )}
    </fieldset>
  );
}
