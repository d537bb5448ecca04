import type { Dataset } from "@/lib/data/types";
import { en } from "@/lib/i18n/en";
import { dataPackage } from "./datapackage";
import { observationsCsv } from "./observations-csv";
import { responses } from "./openapi-parts";
import { operationHead, operationText } from "./openapi-text";
import { RECORD_PATHS } from "./record-paths";

/** Lines of the CSV the example shows: the whole file is 1,000+ rows, too long for the document. */
export const CSV_EXAMPLE_LINES = 3;

export const RECORD_TAG = "Whole record";

/**
 * /api/observations.csv and /api/datapackage.json: the whole record, which takes no parameters.
 * Each example is the handler's answer; the CSV's is its first lines, marked x-excerpt.
 */
export function recordPaths(data: Dataset): Record<string, unknown> {
  const text = (id: "getObservationsCsv" | "getDataPackage") => operationText(en, id);
  const csvHead = observationsCsv(data).split("\r\n").slice(0, CSV_EXAMPLE_LINES).join("\r\n");
  const op = (id: "getObservationsCsv" | "getDataPackage", content: Record<string, unknown>, headers: Record<string, unknown> = {}) => ({
    get: {
      ...operationHead(en, id, RECORD_TAG),
      responses: {
        "200": { description: text(id).responses["200"], headers: { ...responses.notModified.headers, ...headers }, content },
        "304": responses.notModified,
      },
    },
  });
  return {
    [RECORD_PATHS.csv]: op(
      "getObservationsCsv",
      {
        "text/csv": {
          schema: { type: "string" },
          examples: { head: { summary: `The header and the first ${CSV_EXAMPLE_LINES - 1} rows`, "x-request": "", "x-excerpt": true, value: `${csvHead}\r\n` } },
        },
      },
      { "Content-Disposition": { description: "attachment; filename=china-central-asia-trade_observations.csv", schema: { type: "string" } } },
    ),
    [RECORD_PATHS.datapackage]: op("getDataPackage", {
      "application/json": { schema: { type: "object" }, examples: { record: { summary: "The data package of the whole record", "x-request": "", value: dataPackage(data) } } },
    }),
  };
}
