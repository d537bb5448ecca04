import type { Locale } from "@/lib/format/locale";
import { dashboardAnchor, framedLink } from "@/lib/embed/links";
import type { FigureNote } from "@/lib/view/notes";
import styles from "./FigureNotes.module.css";

type Props = { notes: readonly FigureNote[]; locale: Locale; framed?: boolean };

/**
 * A figure's notes, as the resolved view words them. The event links lead to the dashboard's
 * timeline: in place on the dashboard, from an embed (which has no timeline) to the dashboard's own.
 */
export function FigureNotes({ notes, locale, framed = false }: Props) {
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes} data-testid="figure-notes">
      {notes.map((n) => (
        <li key={n.key}>
          {n.text}
          {n.links?.map((l, i) => (
            <span key={l.href}>
              {i > 0 ? "; " : " "}
              <a {...framedLink(dashboardAnchor(l.href.replace(/^#/, ""), locale, framed), framed)}>{l.text}</a>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
