import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { yearSpans } from "@/lib/schema/query-params";
import { EXAMPLES } from "./openapi";
import { CHECK_EXAMPLES } from "./openapi-check";
import { COMPOSITION_EXAMPLES } from "./openapi-composition";

const numbers = (x: unknown): number[] | null => (Array.isArray(x) && x.every((n) => typeof n === "number") ? x : null);

/**
 * A parameter's accepted values and default, read from its JSON Schema in the page's language:
 * the codes of an enum or a comma list, a span of years, a number's range and decimals.
 */
export function parameterValues(schema: Record<string, unknown>, t: Messages): { values: string; fallback: string } {
  const fallback = schema.default === undefined ? "—" : String(schema.default);
  const items = schema.items as Record<string, unknown> | undefined;
  const range = typeof schema.minimum === "number" && typeof schema.maximum === "number" ? `${schema.minimum}–${schema.maximum}` : null;
  // A number sent as text (a pattern states its form): its range and decimals are those of the number it writes.
  const written = schema["x-number"];
  if (schema.type === "string" && typeof written === "object" && written !== null) return { values: parameterValues(written as Record<string, unknown>, t).values, fallback };
  let values = String(schema.type ?? "");
  if (schema.type === "integer" && numbers(schema.enum)) values = yearSpans(numbers(schema.enum) ?? []);
  else if (Array.isArray(schema.enum)) values = schema.enum.join(", ");
  else if (schema.type === "array" && Array.isArray(items?.enum)) values = fill(t.api.valueList, { values: items.enum.join(", ") });
  else if (schema.type === "array" && typeof items?.minimum === "number" && typeof items.maximum === "number") values = fill(t.api.valueList, { values: `${items.minimum}–${items.maximum}` });
  else if (schema.type === "number" && range && typeof schema.multipleOf === "number") {
    values = fill(t.api.valueDecimals, { min: String(schema.minimum), max: String(schema.maximum), places: Math.max(0, -Math.floor(Math.log10(schema.multipleOf) + 1e-9)) });
  } else if (range) values = range;
  else if (schema.type === "string" && typeof schema.maxLength === "number") values = fill(t.api.valueText, { min: String(schema.minLength ?? 0), max: String(schema.maxLength) });
  return { values, fallback };
}

export type ApiExample = { kind: "curl" | "sheet" | "pandas"; code: string };

/** The number columns of each CSV that pandas should read exactly (a float drops a large rupiah value's last digits). */
export const EXACT_COLUMNS = {
  trade: ["value", "value_usd", "stated_value"],
  record: ["value", "stated_value", "value_usd", "usd_rate"],
} as const;

/** Rupiah at each year's average, every year: the values a plain read_csv gets wrong. */
export const PANDAS_QUERY = "?currency=IDR&rate=annual";

/**
 * Reads every cell as text, empty as "" (not NaN), undoes the text-cell escape (one leading
 * apostrophe), then makes the number columns Decimals: exact at any size. Tests run this code.
 */
export const pandasExact = (url: string, columns: readonly string[]): string =>
  [
    "import pandas as pd",
    "from decimal import Decimal",
    `url = "${url}"`,
    `df = pd.read_csv(url, dtype=str, keep_default_na=False).replace(r"^'", "", regex=True)`,
    `for col in [${columns.map((c) => `"${c}"`).join(", ")}]:`,
    "    df[col] = df[col].map(lambda s: Decimal(s) if s else None)",
  ].join("\n");

/** Copyable examples for an endpoint: the same request from a shell, a spreadsheet and Python. */
export function apiExamples(path: string, origin: string): ApiExample[] {
  if (path === "/api/trade") {
    const url = `${origin}/api/trade${EXAMPLES.trade}`;
    return [
      { kind: "curl", code: [url, `${origin}/api/trade${EXAMPLES.tradeYuan}`, `${origin}/api/trade${EXAMPLES.tradeYourRate}`, `${origin}/api/trade${EXAMPLES.tradeConstant}`].map((u) => `curl '${u}'`).join("\n") },
      { kind: "pandas", code: `import pandas as pd, requests\nbody = requests.get("${url}").json()\ndf = pd.json_normalize(body["observations"])\ndf[["period", "partner", "flow", "valueText", "currency", "status", "sourceId"]]` },
    ];
  }
  if (path === "/api/trade.csv") {
    const url = `${origin}/api/trade.csv${EXAMPLES.csv}`;
    return [
      { kind: "curl", code: `curl -OJ '${url}'` },
      { kind: "sheet", code: `=IMPORTDATA("${url}")` },
      { kind: "pandas", code: pandasExact(`${origin}/api/trade.csv${PANDAS_QUERY}`, EXACT_COLUMNS.trade) },
    ];
  }
  if (path === "/api/observations.csv") {
    const url = `${origin}${path}`;
    return [
      { kind: "curl", code: `curl -OJ '${url}'` },
      { kind: "sheet", code: `=IMPORTDATA("${url}")` },
      { kind: "pandas", code: pandasExact(url, EXACT_COLUMNS.record) },
    ];
  }
  if (path === "/api/datapackage.json") return [{ kind: "curl", code: `curl '${origin}${path}'` }];
  if (path === "/api/sources") return [{ kind: "curl", code: `curl '${origin}/api/sources'` }];
  if (path === "/api/dataset") return [{ kind: "curl", code: `curl '${origin}/api/dataset'` }];
  if (path === "/api/check") return [{ kind: "curl", code: `curl '${origin}/api/check${CHECK_EXAMPLES.differs}'` }];
  if (path === "/api/targets") return [{ kind: "curl", code: `curl '${origin}/api/targets${COMPOSITION_EXAMPLES.targets}'` }];
  if (path === "/api/composition") return [{ kind: "curl", code: `curl '${origin}/api/composition${COMPOSITION_EXAMPLES.composition}'` }];
  if (path === "/api/targets.csv" || path === "/api/composition.csv") {
    const url = `${origin}${path}`;
    return [
      { kind: "curl", code: `curl -OJ '${url}'` },
      { kind: "sheet", code: `=IMPORTDATA("${url}")` },
    ];
  }
  return [];
}
