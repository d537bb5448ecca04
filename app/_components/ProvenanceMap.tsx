"use client";

import { createContext, useContext, type ReactNode } from "react";
import { isProvenanceMap, type ProvenanceMap } from "@/lib/view/provenance-keys";

/** The words every keyed number's popover needs, sent once per page rather than once per number. */
export type ProvenanceTexts = { open: string; close: string; loading: string; failed: string; source: string };

type Page = { url: string; texts: ProvenanceTexts };

const PageMap = createContext<Page | null>(null);

/** Where the page's numbers load their provenance from (GET /{lang}/provenance/{page}), and their popovers' words. */
export function ProvenanceMapProvider({ url, texts, children }: Page & { children: ReactNode }) {
  return <PageMap.Provider value={{ url, texts }}>{children}</PageMap.Provider>;
}

export function usePageMap(): Page {
  const page = useContext(PageMap);
  // A keyed number outside a provider could never show its provenance: fail where it is written.
  if (!page) throw new Error("ProvenanceRefButton needs a ProvenanceMapProvider around it");
  return page;
}

/** One request per map and page load, shared by every number that opens; a failed one may be tried again. */
const requests = new Map<string, Promise<ProvenanceMap>>();
const loaded = new Map<string, ProvenanceMap>();

/** The map if it has arrived: a number opened after the first shows its provenance at once. */
export const loadedMap = (url: string): ProvenanceMap | undefined => loaded.get(url);

export function loadMap(url: string): Promise<ProvenanceMap> {
  const pending = requests.get(url);
  if (pending) return pending;
  const request = fetch(url, { headers: { Accept: "application/json" } }).then(async (res) => {
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    const body: unknown = await res.json();
    if (!isProvenanceMap(body)) throw new Error(`${url} answered an unexpected shape`);
    loaded.set(url, body);
    return body;
  });
  requests.set(url, request);
  request.catch(() => requests.delete(url));
  return request;
}
