import { createHash } from "node:crypto";
import type { Dataset } from "@/lib/data/types";
import { toUsd } from "@/lib/trade/convert";
import { observationsCsv, RECORD_COLUMNS } from "./observations-csv";
import { LICENCE } from "./licence";
import { RECORD_FILE } from "./record-paths";


const LICENCE_ENTRY = { name: LICENCE.id, path: LICENCE.url, title: LICENCE.statement };

/** The sources a row of the record cites: its own, and the rate its US dollars went through. */
function citedSources(data: Pick<Dataset, "observations" | "rates" | "sources">) {
  const ids = new Set<string>();
  for (const o of data.observations) {
    ids.add(o.sourceId);
    const usd = toUsd(o, data.rates);
    if (usd.ok) for (const s of usd.steps) if (s.kind === "rate") ids.add(s.rate.sourceId);
  }
  return [...ids].sort().map((id) => {
    const s = data.sources.get(id);
    if (!s) throw new Error(`observations cite ${id}, which data/sources.json does not hold`);
    return { id, title: `${s.publisher}: ${s.title}`, path: s.url };
  });
}

/**
 * /api/datapackage.json: a Frictionless Tabular Data Package of /api/observations.csv, from the
 * columns that write it (so the fields are the CSV's header, in order), with the file's size and
 * hash, the sources it cites, and the licence statement.
 */
export function dataPackage(data: Pick<Dataset, "observations" | "rates" | "sources">) {
  const csv = observationsCsv(data);
  return {
    profile: "tabular-data-package",
    name: "china-central-asia-trade",
    title: "China–Central Asia trade in numbers: every observation",
    description:
      "China's trade with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan (and with the world), 1992 on, from China's customs and the partners' own statistics: every figure the record holds, primary and alternative, with its status and source, as stated and in exact whole units.",
    keywords: ["trade", "China", "Central Asia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"],
    licenses: [LICENCE_ENTRY],
    sources: citedSources(data),
    resources: [
      {
        profile: "tabular-data-resource",
        name: "observations",
        path: RECORD_FILE,
        title: "Every observation",
        description: "One row per figure in the record: primary figures (primary = true) and the other sources' figures for the same cell (primary = false).",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: Buffer.byteLength(csv, "utf8"),
        hash: `sha256:${createHash("sha256").update(csv).digest("hex")}`,
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: RECORD_COLUMNS.map((c) => ({
            name: c.name,
            type: c.type,
            description: c.description,
            ...(c.type === "boolean" ? { trueValues: ["true"], falseValues: ["false"] } : {}),
            ...(c.constraints ? { constraints: c.constraints } : {}),
          })),
          primaryKey: "id",
          missingValues: [""],
        },
      },
    ],
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;
