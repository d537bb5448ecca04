import { z } from "zod";

/**
 * What a provenance popover shows, and the map a page's popovers load it from
 * (GET /{lang}/provenance/{page}): these schemas are the definition of their types.
 */

export const provenanceSourceJson = z.object({ id: z.string(), publisher: z.string(), title: z.string(), date: z.string(), url: z.string() });

/** `lang` marks text kept in the language of the data files (English) on an Indonesian page. */
export const provenanceLineJson = z.object({ label: z.string(), value: z.string(), lang: z.string().optional() });

export const provenanceJson = z.object({ heading: z.string(), lines: z.array(provenanceLineJson), sources: z.array(provenanceSourceJson) });

/** Every server-rendered number's provenance on one page, by the key its button carries. */
export const provenanceMapJson = z.record(z.string(), provenanceJson);

/** The pages whose numbers load their provenance from a map: every copy of the dashboard shares one. */
export const PROVENANCE_PAGES = ["dashboard", "goods"] as const;
export type ProvenancePage = (typeof PROVENANCE_PAGES)[number];
