import type { FigureNote } from "@/lib/view/notes";

/** A figure's notes, as the resolved view words them; the event links lead to the timeline. */
export function FigureNotes({ notes }: { notes: readonly FigureNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="figure__notes">
      {notes.map((n) => (
        <li key={n.key}>
          {n.text}
          {n.links?.map((l, i) => (
            <span key={l.href}>
              {i > 0 ? "; " : " "}
              <a href={l.href}>{l.text}</a>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
