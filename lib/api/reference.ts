import { EXAMPLES } from "./openapi";
import { COMPOSITION_EXAMPLES } from "./openapi-composition";

/** A parameter's accepted values and default, read from its JSON Schema. */
export function parameterValues(schema: Record<string, unknown>): { values: string; fallback: string } {
  const values = Array.isArray(schema.enum) ? schema.enum.join(", ") : schema.type === "string" ? "text" : String(schema.type ?? "");
  return { values, fallback: schema.default === undefined ? "—" : String(schema.default) };
}

export type ApiExample = { kind: "curl" | "sheet" | "pandas"; code: string };

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
      { kind: "pandas", code: `import pandas as pd\ndf = pd.read_csv("${url}", dtype={"value": "Int64"})` },
    ];
  }
  if (path === "/api/sources") return [{ kind: "curl", code: `curl '${origin}/api/sources'` }];
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
