import type { ImportIssue } from "./csv";
import type { Parsed } from "./reference";

/**
 * What makes two rows of one layout the same thing: the key data/ holds one record per, a label
 * a maintainer recognises, and optionally the value to show when the two rows disagree.
 */
export type KeySpec<T> = { key: (r: T) => string; label: (r: T) => string; value?: (r: T) => string };

/**
 * Every row whose key an earlier row of the same file already gave. The diff would otherwise
 * report the second as a change of the first and data/ keep one of them silently; only the
 * maintainer knows which line is right, so both are named.
 */
export function repeatedKeys<T>(records: readonly Parsed<T>[], spec: KeySpec<T>): ImportIssue[] {
  const first = new Map<string, Parsed<T>>();
  const issues: ImportIssue[] = [];
  for (const row of records) {
    const key = spec.key(row.record);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    issues.push({ line: row.line, column: "", message: repeatMessage(spec, earlier, row) });
  }
  return issues;
}

function repeatMessage<T>(spec: KeySpec<T>, earlier: Parsed<T>, row: Parsed<T>): string {
  const label = spec.label(row.record);
  if (JSON.stringify(earlier.record) === JSON.stringify(row.record)) {
    return `${label} repeats line ${earlier.line} exactly; a file may give it only once: delete one of the two lines`;
  }
  const [a, b] = [earlier.record, row.record].map((r) => spec.value?.(r));
  const detail = a !== b ? `: line ${earlier.line} says ${a}, line ${row.line} says ${b}` : ", with other details";
  return `${label} is also on line ${earlier.line}${detail}; a file may give it only once: delete the wrong line`;
}
