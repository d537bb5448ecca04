import { periodName, placeName } from "@/lib/check/words";
import { periodFromText } from "@/lib/check/query";
import type { Period } from "@/lib/check/periods";
import type { Locale } from "@/lib/format/locale";
import { currencyPrefix } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { CheckClaimJson, CheckPlace } from "@/lib/schema/api-check";
import { CURRENCIES, FLOWS } from "@/lib/schema/primitives";
import controlStyles from "../ui/control.module.css";
import styles from "./ReadingFields.module.css";

type Props = {
  n: number;
  /**
   * The id of the form the corrections submit with: not the sentence's own, so a new sentence is
   * checked as it reads, never with the corrections (or a source's partner and period) of the last one.
   */
  form: string;
  /** The figure as the text reads it, and as the reader's corrections have it. */
  asRead: CheckClaimJson;
  claim: CheckClaimJson;
  /** The corrections in the address, as the selects send them ("" = as read). */
  selected: { partner?: string; period?: string; flow?: string; currency?: string };
  places: readonly CheckPlace[];
  periods: readonly Period[];
  locale: Locale;
  t: Messages;
};

const periodText = (p: string | null, locale: Locale) => {
  const period = p ? periodFromText(p) : undefined;
  return period ? periodName(period, locale) : null;
};

/**
 * How a figure was read, each part correctable: selects inside the page's GET form, so a
 * correction is a URL parameter (`partner1`, `period1`, …) and works without JavaScript.
 */
export function ReadingFields({ n, form, asRead, claim, selected, places, periods, locale, t }: Props) {
  const c = t.check;
  const none = c.noneRead;
  const asReadLabel = (value: string | null) => fill(c.asRead, { value: value ?? none });
  const money = claim.kind === "level" || claim.kind === "change";
  const fields: { key: keyof Props["selected"]; label: string; read: string | null; from: CheckClaimJson["read"]["partner"]; options: string[][] }[] = [
    { key: "partner", label: c.fields.partner, read: asRead.partner ? placeName(asRead.partner, t) : null, from: claim.read.partner, options: places.map((p) => [p, placeName(p, t)]) },
    { key: "period", label: c.fields.period, read: periodText(asRead.period, locale), from: claim.read.period, options: periods.map((p) => [p.period, periodName(p, locale)]) },
    { key: "flow", label: c.fields.flow, read: c.flows[asRead.flow], from: claim.read.flow, options: FLOWS.map((f) => [f, c.flows[f]]) },
    ...(money ? [{ key: "currency" as const, label: c.fields.currency, read: asRead.currency, from: claim.read.currency, options: CURRENCIES.map((x) => [x, `${currencyPrefix(x)} (${x})`]) }] : []),
  ];
  const base = claim.basePeriod ? periodText(claim.basePeriod, locale) : null;
  const kind = claim.kind === "growth" && base ? fill(c.averageGrowth, { base }) : claim.kind === "multiple" && base ? fill(c.multipleSince, { base }) : c.kinds[claim.kind];
  return (
    <fieldset className={styles.fields}>
      <legend className={styles.legend}>{c.reading}</legend>
      <p className={styles.fixed}>{fill(c.correct, { update: c.update })}</p>
      {fields.map((f) => {
        const id = `figure${n}-${f.key}`;
        return (
          <div key={f.key} className={styles.field}>
            <label htmlFor={id}>{f.label}</label>
            <select id={id} form={form} name={`${f.key}${n}`} defaultValue={selected[f.key] ?? ""} aria-describedby={`${id}-from`}>
              <option value="">{asReadLabel(f.read)}</option>
              {f.options.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
            <span id={`${id}-from`} className={styles.from}>
              {c.from[f.from]}
            </span>
          </div>
        );
      })}
      <p className={styles.fixed}>
        {c.fields.kind}: {kind}
        {" · "}
        {c.fields.qualifier}: {c.qualifiers[claim.qualifier]}
      </p>
      <button type="submit" form={form} className={`${controlStyles.button} ${styles.update}`}>
        {c.update}
      </button>
    </fieldset>
  );
}
