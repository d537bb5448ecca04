import { readFileSync, statSync } from "node:fs";
import type { InputFile } from "./run";

/** A file's text, or why a path given on the command line cannot be read as a CSV file. */
function read(name: string): InputFile | { problem: string } {
  try {
    if (statSync(name).isDirectory()) return { problem: `${name}: is a folder, expected a CSV file` };
    return { name, text: readFileSync(name, "utf8") };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: `${name}: ${code === "ENOENT" || code === "ENOTDIR" ? "no such file" : `cannot be read (${code ?? String(err)})`}` };
  }
}

/**
 * The files named on the command line, or one line per file that cannot be read ("x.csv: no such
 * file") instead of Node's stack trace. Every name is tried first, so one run reports all of them.
 */
export function readInputs(names: readonly string[]): { ok: true; inputs: InputFile[] } | { ok: false; problems: string[] } {
  const files = names.map(read);
  const problems = files.flatMap((f) => ("problem" in f ? [f.problem] : []));
  if (problems.length) return { ok: false, problems };
  return { ok: true, inputs: files.filter((f): f is InputFile => !("problem" in f)) };
}
