/** A CSV file as the importer sees it: a header and rows that remember their line number. */
export type CsvRow = { line: number; cells: string[] };
export type CsvTable = { header: string[]; rows: CsvRow[] };

/** A problem in an input file, named by line and column so a maintainer can find it. */
export type ImportIssue = { line: number; column: string; message: string };

export class ImportFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly ImportIssue[],
  ) {
    super(issues.map((i) => formatIssue(file, i)).join("\n"));
    this.name = "ImportFileError";
  }
}

/** Line 0 is the file as a whole (empty, unreadable, or a command-line problem). */
export const formatIssue = (file: string, i: ImportIssue): string =>
  `${file}${i.line ? `: line ${i.line}` : ""}${i.column ? `, column ${i.column}` : ""}: ${i.message}`;

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Lines that start
 * with "#" before the header are comments (Comtrade's documented header file has some); blank
 * lines are skipped. A byte-order mark is dropped.
 */
export function parseCsv(text: string): CsvTable {
  const records: CsvRow[] = [];
  let field = "";
  let cells: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const endRecord = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: recordLine, cells });
    cells = [];
    field = "";
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      cells.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (quoted) throw new ImportFileError("(file)", [{ line: recordLine, column: "", message: "a quoted field is never closed" }]);
  if (field !== "" || cells.length) endRecord();
  const body = records.filter((r, i) => !(r.cells[0]?.startsWith("#") && records.slice(0, i).every((x) => x.cells[0]?.startsWith("#"))));
  const [head, ...rows] = body;
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows };
}

/** The cells of a row by column name. */
export function rowReader(header: readonly string[], row: CsvRow) {
  const index = new Map(header.map((h, i) => [h, i]));
  return (column: string): string => (row.cells[index.get(column) ?? -1] ?? "").trim();
}

/**
 * Every row whose cell count is not the header's. Cells are read by column position, so a row
 * with an unquoted comma in a value would otherwise shift or lose its last cells silently.
 */
export function widthIssues(table: CsvTable): ImportIssue[] {
  const width = table.header.length;
  return table.rows
    .filter((r) => r.cells.length !== width)
    .map((r) => ({
      line: r.line,
      column: "",
      message: `${r.cells.length} cells, the header has ${width}; ${r.cells.length > width ? "a comma inside a value needs the value in double quotes" : "every row needs one cell per column, even an empty one"}`,
    }));
}
