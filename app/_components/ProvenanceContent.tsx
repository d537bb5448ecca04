"use client";

import { framedLink } from "@/lib/embed/links";
import { sourcePages } from "@/lib/source-pages";
import type { Provenance } from "@/lib/view/provenance";
import { useFramed } from "./Framed";
import styles from "./ProvenanceButton.module.css";

/** A provenance as a popover shows it: heading, lines (each in its language), and the sources with links. */
export function ProvenanceContent({ provenance }: { provenance: Provenance }) {
  const framed = useFramed();
  return (
    <>
      <p className={styles.heading}>{provenance.heading}</p>
      <dl className={styles.lines}>
        {provenance.lines.map((l) => (
          <div key={l.label}>
            <dt>{l.label}</dt>
            <dd lang={l.lang}>{l.value}</dd>
          </div>
        ))}
      </dl>
      <ul className={styles.sources}>
        {sourcePages(provenance.sources).map((s) => (
          <li key={s.id}>
            {/* A page cited under several titles lists each: what each of its ids covers. */}
            <strong>{s.publisher}</strong>, <a rel="noopener noreferrer" {...framedLink(s.url, framed)}>
              {s.titles.join("; ")}
            </a>, {s.date}
          </li>
        ))}
      </ul>
    </>
  );
}
