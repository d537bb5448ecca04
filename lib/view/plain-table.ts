/**
 * A table as an HTML string, for readers without JavaScript. The page sends it inside <noscript>
 * as one string: a React tree would be sent twice over (the HTML and, element by element, the RSC
 * payload), and browsers with scripting on never parse it.
 */
export type PlainTableSpec = { id: string; caption: string; headers: readonly string[]; rows: readonly (readonly string[])[] };
/** The page's class names for the scrolling wrapper and the table (CSS module classes, so the caller's). */
export type PlainTableClasses = { wrap?: string; table?: string };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

const classAttr = (name: string | undefined) => (name ? ` class="${escapeHtml(name)}"` : "");

export function plainTableHtml({ id, caption, headers, rows }: PlainTableSpec, classes: PlainTableClasses = {}): string {
  const cid = escapeHtml(`${id}-caption`);
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows.map((cells) => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join("")}</tr>`).join("");
  return (
    `<div${classAttr(classes.wrap)} role="region" aria-labelledby="${cid}" tabindex="0">` +
    `<table${classAttr(classes.table)} id="${escapeHtml(id)}"><caption id="${cid}">${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}
