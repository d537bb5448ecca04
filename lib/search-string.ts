/** Next's searchParams, as the "?…" a link can carry on to another page ("" when there is none). */
export function searchString(params: Readonly<Record<string, string | readonly string[] | undefined>>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of typeof value === "string" ? [value] : (value ?? [])) out.append(key, v);
  }
  const text = out.toString();
  return text ? `?${text}` : "";
}
