import styles from "./Segmented.module.css";

type Option<T extends string> = { value: T; label: string };

type Props<T extends string> = {
  name: string;
  legend: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
};

/** A radio group drawn as segments: arrow keys move within it, Tab moves past it. */
export function Segmented<T extends string>({ name, legend, value, options, onChange }: Props<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className={styles.options}>
        {options.map((o) => (
          <label key={o.value} className={styles.option}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
