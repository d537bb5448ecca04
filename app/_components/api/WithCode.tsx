/** A description with `code` in backticks, as OpenAPI writes it (CommonMark). */
export function WithCode({ text }: { text: string }) {
  return text.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}
