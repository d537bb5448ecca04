import { getDataset } from "@/lib/data/load";
import type { Dataset, Product, Target } from "@/lib/data/types";
import { toDecimalString, toInteger } from "@/lib/money/ratio";
import { COMPOSITION_QUERY_PARAMS, compositionQuerySchema, TARGET_QUERY_PARAMS, targetsQuerySchema, type CompositionQuery, type ProductJson, type TargetJson } from "@/lib/schema/api-composition";
import { targetStatus } from "@/lib/trade/targets";
import { recordsCsv } from "@/lib/csv/flatten";
import { PRODUCT_CSV_COLUMNS, TARGET_CSV_COLUMNS } from "./composition-csv";
import { parseQuery } from "./query";
import { cachedBody, cachedText, jsonError, jsonOk, type CachedBody } from "./respond";

const whole = (r: { num: bigint; den: bigint } | null) => (r ? Number(toInteger(r)) : null);

export function targetJsonOf(t: Target, data: Pick<Dataset, "observations">): TargetJson {
  const s = targetStatus(t, data.observations);
  return {
    partner: t.partner,
    value: t.value,
    unit: t.unit,
    currency: t.currency,
    valueUsd: Number(toInteger(t.amount)),
    targetYear: t.targetYear,
    targetYearAsStated: t.targetYearAsStated ?? null,
    announced: t.announced,
    announcedDate: t.announcedDate,
    sourceId: t.sourceId,
    note: t.note ?? null,
    noteId: t.noteId ?? null,
    comparedWith: "China's customs (reporter CHN): the pair's total trade, full years, US dollars",
    reachedIn: s.reachedIn,
    late: s.late,
    missed: s.missed,
    latestYear: s.latest?.year ?? null,
    latestValueUsd: whole(s.latest?.usd ?? null),
    neededGrowth: s.neededGrowth ? toDecimalString(s.neededGrowth, 6) : null,
    recentGrowth: s.recentGrowth ? { from: s.recentGrowth.from, to: s.recentGrowth.to, rate: toDecimalString(s.recentGrowth.rate, 6) } : null,
  };
}

export function productJsonOf(p: Product): ProductJson {
  return {
    year: Number(p.year),
    partner: p.country,
    flow: p.direction === "to-china" ? "export" : "import",
    reporter: p.reporter,
    product: p.product,
    code: p.code ?? null,
    classification: p.classification ?? null,
    value: p.value ?? null,
    unit: p.unit ?? null,
    currency: p.currency ?? null,
    valueUsd: whole(p.amountUsd),
    sharePercent: p.sharePercent ?? null,
    status: p.status,
    sourceId: p.sourceId,
    note: p.note ?? null,
    noteId: p.noteId ?? null,
  };
}

const bodies = new Map<string, CachedBody>();

/** An answer in both formats; the CSV is built only when asked for. */
type Built = { json: unknown; csv: () => string };

function answer(request: Request, format: "json" | "csv", key: string, filename: string, build: () => Built): Response {
  const cacheKey = `${format}:${key}`;
  let cached = bodies.get(cacheKey);
  if (!cached) {
    const built = build();
    cached = format === "csv" ? cachedText(built.csv()) : cachedBody(built.json);
    // Few distinct queries exist (partners × years × flows); the map stays small.
    bodies.set(cacheKey, cached);
  }
  if (format === "json") return jsonOk(request, cached);
  return jsonOk(request, cached, "text/csv; charset=utf-8", { "Content-Disposition": `attachment; filename="${filename}.csv"` });
}

/** The targets of the given partners (all without): the handler's answer and the OpenAPI document's examples. */
export function targetsAnswer(data: Pick<Dataset, "targets" | "observations">, partners: readonly string[] | undefined): Built {
  const targets = data.targets.filter((t) => !partners || partners.includes(t.partner)).map((t) => targetJsonOf(t, data));
  return { json: { targets }, csv: () => recordsCsv(TARGET_CSV_COLUMNS, targets) };
}

/** GET /api/targets(.csv): every trade target with the year it was met and the growth it still needs. */
export function handleTargets(request: Request, format: "json" | "csv" = "json"): Response {
  const parsed = parseQuery(new URL(request.url).searchParams, TARGET_QUERY_PARAMS, targetsQuerySchema);
  if (!parsed.ok) return jsonError(400, "invalid query", parsed.issues);
  const partners = parsed.value.partner;
  const tag = partners?.toSorted().join("+") ?? "all";
  return answer(request, format, tag, `china-central-asia-trade-targets_${tag}`, () => targetsAnswer(getDataset(), partners));
}

/** The years the product data covers: the bounds of the composition route's `year`. */
export function productYears(data: Pick<Dataset, "products">): { min: number; max: number } {
  const years = data.products.map((p) => Number(p.year));
  return { min: Math.min(...years), max: Math.max(...years) };
}

/** The product groups a composition query selects: the handler's answer and the OpenAPI document's examples. */
export function compositionAnswer(data: Pick<Dataset, "products">, q: CompositionQuery): Built {
  const products = data.products
    .map(productJsonOf)
    .filter((p) => (!q.partner || p.partner === q.partner) && (q.year === undefined || p.year === q.year) && (!q.flow || p.flow === q.flow));
  return { json: { products }, csv: () => recordsCsv(PRODUCT_CSV_COLUMNS, products) };
}

let compositionSchema: ReturnType<typeof compositionQuerySchema> | undefined;

/** GET /api/composition(.csv): product groups, filtered by the Central Asian side, year and flow. */
export function handleComposition(request: Request, format: "json" | "csv" = "json"): Response {
  const data = getDataset();
  compositionSchema ??= compositionQuerySchema(productYears(data));
  const parsed = parseQuery(new URL(request.url).searchParams, COMPOSITION_QUERY_PARAMS, compositionSchema);
  if (!parsed.ok) return jsonError(400, "invalid query", parsed.issues);
  const q = parsed.value;
  const tag = [q.partner ?? "all-partners", q.year ?? "all-years", q.flow ?? "both-flows"].join("_");
  return answer(request, format, tag, `china-central-asia-trade-products_${tag}`, () => compositionAnswer(data, q));
}
