import styles from "./CheckboxGroup.module.css";

type Props<T extends string | number> = {
  legend: string;
  values: readonly T[];
  options: readonly { value: T; label: string }[];
  onChange: (values: T[]) => void;
};

/** A multiple choice that always keeps one value: unticking the last is ignored. */
export function CheckboxGroup<T extends string | number>({ legend, values, options, onChange }: Props<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className={styles.options}>
        {options.map((o) => {
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
        })}
      </div>
    </fieldset>
  );
}
