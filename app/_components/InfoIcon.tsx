import styles from "./InfoIcon.module.css";

/** An "i" in a circle, drawn rather than typed: the ⓘ character is a missing-glyph box in some fonts. */
export function InfoIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" className={styles.icon}>
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="7.25" y="6.75" width="1.5" height="5" fill="currentColor" />
      <circle cx="8" cy="4.5" r="1" fill="currentColor" />
    </svg>
  );
}
