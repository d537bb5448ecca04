// What each part of a page weighs: the markup of each top-level child of <main>, and the part of the
// RSC payload (the `self.__next_f.push` scripts React hydrates from) that renders it, with the
// provenance objects in it counted apart. Used by `node scripts/measure-html.mjs --sections URL`.

/** The payload's text: the pushed chunks of type 1, joined. */
export function flightText(html) {
  return [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]))
    .filter((p) => p[0] === 1)
    .map((p) => p[1])
    .join("");
}

/**
 * The payload's rows, by id: `id:JSON\n`, or `id:T<hex byte length>,text` for a long string (no
 * newline after it). `value` is the parsed JSON where the row is JSON, else null.
 */
export function flightRows(flight) {
  const rows = new Map();
  for (let i = 0; i < flight.length; ) {
    const colon = flight.indexOf(":", i);
    if (colon < 0) break;
    const id = flight.slice(i, colon);
    if (flight[colon + 1] === "T") {
      const comma = flight.indexOf(",", colon);
      const length = parseInt(flight.slice(colon + 2, comma), 16);
      const text = Buffer.from(flight.slice(comma + 1), "utf8").subarray(0, length).toString("utf8");
      rows.set(id, { bytes: Buffer.byteLength(flight.slice(i, comma + 1)) + length, value: text, text: true });
      i = comma + 1 + text.length;
      continue;
    }
    const end = flight.indexOf("\n", colon);
    const raw = flight.slice(colon + 1, end < 0 ? undefined : end);
    let value = null;
    try {
      value = /^[[{"]/.test(raw) ? JSON.parse(raw) : null;
    } catch {
      value = null;
    }
    rows.set(id, { bytes: Buffer.byteLength(raw) + id.length + 2, value, text: false });
    i = end < 0 ? flight.length : end + 1;
  }
  return rows;
}

const REF = /^\$[@LQ]?([0-9a-f]+)$/;

/** A child's elements as the page has them: a fragment's items in its place; text, null and false are no element. */
const elements = (child) => (Array.isArray(child) ? (child[0] === "$" ? [child] : child.flatMap(elements)) : typeof child === "string" && REF.test(child) ? [child] : []);

/**
 * The payload's bytes under each child of <main> (by position), outside <main> ("outside"), and the
 * provenance props among them. A row counts for the part that first refers to it.
 */
export function payloadSections(rows) {
  const parts = new Map();
  const part = (key) => parts.get(key) ?? parts.set(key, { bytes: 0, provenance: 0 }).get(key);
  const seen = new Set(["0"]);
  const visit = (node, key) => {
    if (typeof node === "string") {
      const id = REF.exec(node)?.[1];
      const row = id === undefined || seen.has(id) ? undefined : rows.get(id);
      if (!row) return;
      seen.add(id);
      part(key).bytes += row.bytes;
      if (!row.text) visit(row.value, key);
    } else if (Array.isArray(node)) {
      if (node[0] === "$" && node[1] === "main" && node[3]) {
        // Each child's own bytes move from the row that holds <main> to the child.
        elements(node[3].children).forEach((child, n) => {
          const bytes = Buffer.byteLength(JSON.stringify(child));
          part(key).bytes -= bytes;
          part(n).bytes += bytes;
          visit(child, n);
        });
        return;
      }
      if (node[0] === "$") {
        // An element: its props; its type, a client component's module row, belongs to no one part.
        if (node[3]?.provenance) part(key).provenance += Buffer.byteLength(JSON.stringify(node[3].provenance));
        visit(node[3], key);
        return;
      }
      node.forEach((child) => visit(child, key));
    } else if (node && typeof node === "object") {
      Object.values(node).forEach((child) => visit(child, key));
    }
  };
  const root = rows.get("0");
  if (root) {
    part("outside").bytes += root.bytes;
    visit(root.value, "outside");
  }
  for (const [id, row] of rows) if (!seen.has(id)) part("outside").bytes += row.bytes;
  return parts;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const RAW = new Set(["script", "style", "noscript", "textarea", "title"]);

/** The top-level children of <main> in the markup: each one's bytes and a name (its id, labelledby, test id or class). */
export function markupSections(html) {
  const start = html.indexOf("<main");
  const open = html.indexOf(">", start) + 1;
  const close = html.lastIndexOf("</main>");
  if (start < 0 || close < 0) return [];
  const inner = html.slice(open, close);
  const out = [];
  const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g;
  let depth = 0;
  let from = 0;
  let name = "";
  for (let m = token.exec(inner); m; m = token.exec(inner)) {
    const [whole, closing, rawTag, attrs = ""] = m;
    // A comment (React's mark between two texts) is no element of its own.
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (!closing && depth === 0) {
      from = m.index;
      const attr = (a) => new RegExp(`\\b${a}="([^"]*)"`).exec(attrs)?.[1];
      name = attr("id") || attr("aria-labelledby") || attr("data-testid") || attr("class") || tag;
    }
    if (!closing && RAW.has(tag)) {
      // Its content is text: skip to its end tag.
      const end = inner.toLowerCase().indexOf(`</${tag}>`, token.lastIndex);
      token.lastIndex = end < 0 ? inner.length : end;
      depth++;
      continue;
    }
    if (VOID.has(tag) || attrs.endsWith("/")) {
      if (depth === 0) out.push({ name, bytes: Buffer.byteLength(whole) });
      continue;
    }
    depth += closing ? -1 : 1;
    if (closing && depth === 0) out.push({ name, bytes: Buffer.byteLength(inner.slice(from, token.lastIndex)) });
  }
  return out;
}
