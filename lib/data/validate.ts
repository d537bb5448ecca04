import type { z } from "zod";
import { contextFile, type Context } from "@/lib/schema/context";
import { observationsFile, pricesFile, ratesFile, sourcesFile } from "@/lib/schema/data";
import type { CpiRecord, ObservationRecord, RateRecord, SourceRecord } from "@/lib/schema/data";
import { compositionFile } from "@/lib/schema/composition";
import { formulaData, formulaProblem } from "./formula";
import { observationLabel, reshapeCpi, reshapeObservation, reshapeProduct, reshapeRate, reshapeSource, reshapeTarget } from "./reshape";
import type { DataError, Dataset } from "./types";

export { observationLabel };

export const DATA_FILES = {
  observations: "data/observations.json",
  rates: "data/rates.json",
  prices: "data/prices.json",
  composition: "data/composition.json",
  sources: "data/sources.json",
  context: "data/context.json",
} as const;

export type RawDataset = { observations: unknown; rates: unknown; prices: unknown; composition: unknown; sources: unknown; context: unknown };

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: DataError[] };

const rateLabel = (r: Partial<RateRecord>) => [r.base && r.quote ? `${r.base}/${r.quote}` : "", r.period, r.basis].filter(Boolean).join(" ");

function recordName(index: number, label: string): string {
  return label ? `record ${index + 1} (${label})` : `record ${index + 1}`;
}

/** Turns zod issues on a whole file into file › record › field messages. */
function schemaErrors(file: string, listKey: string, raw: unknown, error: z.ZodError, label: (r: never) => string): DataError[] {
  const list = (raw as Record<string, unknown> | null)?.[listKey];
  return error.issues.map((issue) => {
    const [key, index, ...rest] = issue.path;
    if (key === listKey && typeof index === "number") {
      const rec = (Array.isArray(list) ? list[index] : undefined) as never;
      return {
        file,
        record: recordName(index, rec && typeof rec === "object" ? label(rec) : ""),
        field: rest.length ? rest.join(".") : "(record)",
        message: issue.message,
      };
    }
    return { file, record: "(file)", field: issue.path.join(".") || "(root)", message: issue.message };
  });
}

export function formatDataError(e: DataError): string {
  return `${e.file} › ${e.record} › ${e.field}: ${e.message}`;
}

export function validateDataset(raw: RawDataset): ValidationResult {
  const o = observationsFile.safeParse(raw.observations);
  const r = ratesFile.safeParse(raw.rates);
  const p = pricesFile.safeParse(raw.prices);
  const m = compositionFile.safeParse(raw.composition);
  const s = sourcesFile.safeParse(raw.sources);
  const c = contextFile.safeParse(raw.context);
  const errors: DataError[] = [
    ...(o.success ? [] : schemaErrors(DATA_FILES.observations, "observations", raw.observations, o.error, observationLabel)),
    ...(r.success ? [] : schemaErrors(DATA_FILES.rates, "rates", raw.rates, r.error, rateLabel)),
    ...(p.success ? [] : schemaErrors(DATA_FILES.prices, "cpi", raw.prices, p.error, (x: CpiRecord) => `${x.series} ${x.period}`)),
    ...(m.success ? [] : m.error.issues.map((i) => ({ file: DATA_FILES.composition, record: i.path.slice(0, 2).join(" "), field: i.path.slice(2).join(".") || "(record)", message: i.message }))),
    ...(s.success ? [] : schemaErrors(DATA_FILES.sources, "sources", raw.sources, s.error, (x: SourceRecord) => x.id)),
    ...(c.success ? [] : c.error.issues.map((i) => ({ file: DATA_FILES.context, record: i.path.slice(0, 2).join(" "), field: i.path.slice(2).join(".") || "(record)", message: i.message }))),
  ];
  if (!o.success || !r.success || !p.success || !m.success || !s.success || !c.success) return { ok: false, errors };

  errors.push(...crossCheck(o.data.observations, r.data.rates, s.data.sources));
  errors.push(...formulaCheck(o.data.observations, r.data.rates));
  const known = new Set(s.data.sources.map((x) => x.id));
  errors.push(...priceCheck(p.data.cpi, known));
  errors.push(
    ...[...m.data.products.map((x, i) => [`products ${i}`, x.sourceId] as const), ...m.data.targets.map((x, i) => [`targets ${i}`, x.sourceId] as const)]
      .filter(([, id]) => !known.has(id))
      .map(([record, id]) => ({ file: DATA_FILES.composition, record, field: "sourceId", message: `unknown source id "${id}" (not in ${DATA_FILES.sources})` })),
  );
  errors.push(...contextSourceCheck(c.data, new Set(s.data.sources.map((x) => x.id))));
  if (errors.length) return { ok: false, errors };

  return {
    ok: true,
    data: {
      observations: o.data.observations.map(reshapeObservation),
      rates: r.data.rates.map(reshapeRate),
      cpi: p.data.cpi.map(reshapeCpi),
      products: m.data.products.map(reshapeProduct),
      targets: m.data.targets.map(reshapeTarget),
      sources: new Map(s.data.sources.map((src) => [src.id, reshapeSource(src)])),
      context: c.data,
    },
  };
}

function crossCheck(observations: ObservationRecord[], rates: RateRecord[], sources: SourceRecord[]): DataError[] {
  const errors: DataError[] = [];
  const known = new Set<string>();
  sources.forEach((src, i) => {
    if (known.has(src.id)) errors.push({ file: DATA_FILES.sources, record: recordName(i, src.id), field: "id", message: `duplicated source id "${src.id}"` });
    known.add(src.id);
  });

  const seen = new Map<string, number>();
  const primaries = new Map<string, number>();
  observations.forEach((obs, i) => {
    const rec = recordName(i, observationLabel(obs));
    if (!known.has(obs.sourceId)) {
      errors.push({ file: DATA_FILES.observations, record: rec, field: "sourceId", message: `unknown source id "${obs.sourceId}" (not in ${DATA_FILES.sources})` });
    }
    const key = `${observationLabel(obs)} ${obs.sourceId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ file: DATA_FILES.observations, record: rec, field: "(record)", message: `duplicated observation: same period, partner, flow, currency and source as record ${first + 1}` });
    } else seen.set(key, i);
    if (obs.primary) {
      const pk = observationLabel(obs);
      const firstPrimary = primaries.get(pk);
      if (firstPrimary !== undefined) {
        errors.push({ file: DATA_FILES.observations, record: rec, field: "primary", message: `duplicated observation: record ${firstPrimary + 1} is already the primary figure for ${pk}` });
      } else primaries.set(pk, i);
    }
  });

  const rateKeys = new Map<string, number>();
  const groups = new Map<string, RateRecord[]>();
  rates.forEach((rate, i) => {
    const rec = recordName(i, rateLabel(rate));
    if (!known.has(rate.sourceId)) {
      errors.push({ file: DATA_FILES.rates, record: rec, field: "sourceId", message: `unknown source id "${rate.sourceId}" (not in ${DATA_FILES.sources})` });
    }
    const key = `${rateLabel(rate)} ${rate.sourceId}`;
    const first = rateKeys.get(key);
    if (first !== undefined) errors.push({ file: DATA_FILES.rates, record: rec, field: "(record)", message: `duplicated rate: same as record ${first + 1}` });
    else rateKeys.set(key, i);
    const k = `${rate.quote} ${rate.period} ${rate.basis}`;
    groups.set(k, [...(groups.get(k) ?? []), rate]);
  });
  for (const [k, list] of groups) {
    const preferred = list.filter((x) => x.preferred).length;
    if (list.length > 1 && preferred !== 1) {
      const i = rates.indexOf(list[1] as RateRecord);
      errors.push({ file: DATA_FILES.rates, record: recordName(i, rateLabel(list[1] as RateRecord)), field: "preferred", message: `USD/${k} is given by ${list.length} sources: mark exactly one "preferred": true (found ${preferred})` });
    }
  }
  const stated = rates.filter((x) => x.basis === "article_stated" && x.quote === "IDR");
  if (stated.length !== 1) {
    errors.push({ file: DATA_FILES.rates, record: "(file)", field: "basis", message: `expected exactly one article_stated USD/IDR rate, found ${stated.length}` });
  }
  return errors;
}

/** Every derived figure equals its formula, recomputed from the data it names (lib/data/formula.ts). */
function formulaCheck(observations: ObservationRecord[], rates: RateRecord[]): DataError[] {
  const data = formulaData(observations, rates);
  return observations.flatMap((obs, i) => {
    const problem = formulaProblem(obs, data);
    return problem ? [{ file: DATA_FILES.observations, record: recordName(i, `${observationLabel(obs)}, ${obs.sourceId}`), field: "formula", message: problem }] : [];
  });
}

function priceCheck(cpi: CpiRecord[], known: ReadonlySet<string>): DataError[] {
  const seen = new Set<string>();
  return cpi.flatMap((c, i): DataError[] => {
    const rec = recordName(i, `${c.series} ${c.period}`);
    const out: DataError[] = [];
    if (!known.has(c.sourceId)) out.push({ file: DATA_FILES.prices, record: rec, field: "sourceId", message: `unknown source id "${c.sourceId}" (not in ${DATA_FILES.sources})` });
    if (seen.has(`${c.series} ${c.period}`)) out.push({ file: DATA_FILES.prices, record: rec, field: "period", message: `duplicated index value: ${c.series} ${c.period} is already given` });
    seen.add(`${c.series} ${c.period}`);
    return out;
  });
}

/** Every source id the context cites must be in sources.json. */
function contextSourceCheck(context: Context, known: ReadonlySet<string>): DataError[] {
  const cited: [string, string, string][] = [
    ["article", "sourceId", context.article.sourceId],
    ...context.events.flatMap((e) => e.sourceIds.map((id): [string, string, string] => [`events ${e.id}`, "sourceIds", id])),
    ...context.talks.sourceIds.map((id): [string, string, string] => ["talks", "sourceIds", id]),
    ...context.belt.sourceIds.map((id): [string, string, string] => ["belt", "sourceIds", id]),
    ...context.experts.map((e): [string, string, string] => [`experts ${e.id}`, "sourceId", e.sourceId]),
    ...context.mirror.map((m): [string, string, string] => [`mirror ${m.id}`, "sourceId", m.sourceId]),
    ["after", "largestPartnerSourceId", context.after.largestPartnerSourceId],
  ];
  return cited
    .filter(([, , id]) => !known.has(id))
    .map(([record, field, id]) => ({ file: DATA_FILES.context, record, field, message: `unknown source id "${id}" (not in ${DATA_FILES.sources})` }));
}
