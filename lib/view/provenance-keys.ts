import type { z } from "zod";
import type { Locale } from "@/lib/format/locale";
import type { provenanceMapJson } from "@/lib/schema/provenance";
import { shortPublisher, sourceHref, type Provenance } from "./provenance";

/**
 * A server-rendered number's provenance, sent on demand: the page carries only a key per number
 * (and its first source's link, for readers without JavaScript); the words travel once, in the
 * page's map, when a reader first opens one. Sent inline they were most of the page's weight.
 */

export type ProvenanceMap = z.infer<typeof provenanceMapJson>;

/** A provenance with the key its number is found by: unique on its page, and the same in both languages. */
export type Keyed = { key: string; provenance: Provenance };

/** A number as the page writes it, with its keyed provenance. */
export type ProvenanceCell = { text: string; keyed: Keyed };

/** What a number's button carries instead of its provenance. */
export type ProvenanceRef = { key: string; source: { href: string; name: string } | null };

export const keyed = (key: string, provenance: Provenance): Keyed => ({ key, provenance });

/**
 * The button's share of a provenance: its key, and its first source (the figure's own; rates and
 * other sources' figures come after it) as a short name and a link to its entry in a source list.
 */
export function refOf({ key, provenance }: Keyed, locale: Locale, onPage?: ReadonlySet<string>): ProvenanceRef {
  const first = provenance.sources[0];
  return { key, source: first ? { href: sourceHref(first.id, locale, onPage), name: shortPublisher(first.publisher) } : null };
}

/** A page's map. Two numbers under one key would show one's provenance for the other: a bug, so it throws. */
export function provenanceMap(entries: Iterable<Keyed>): ProvenanceMap {
  const map: ProvenanceMap = {};
  for (const { key, provenance } of entries) {
    if (Object.hasOwn(map, key)) throw new Error(`provenance key ${key} is used twice on one page`);
    map[key] = provenance;
  }
  return map;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const strings = (v: unknown, keys: readonly string[]) => isRecord(v) && keys.every((k) => typeof v[k] === "string");
const isLine = (l: unknown) => strings(l, ["label", "value"]) && isRecord(l) && (l.lang === undefined || typeof l.lang === "string");
const isProvenance = (p: unknown) =>
  isRecord(p) && typeof p.heading === "string" && Array.isArray(p.lines) && p.lines.every(isLine) && Array.isArray(p.sources) && p.sources.every((s) => strings(s, ["id", "publisher", "title", "date", "url"]));

/** The schema's check by hand, for the browser: the schema library stays out of its bundle (a test holds the two equal). */
export function isProvenanceMap(body: unknown): body is ProvenanceMap {
  return isRecord(body) && Object.values(body).every(isProvenance);
}
