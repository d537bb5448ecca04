"use client";

import { useState } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Provenance } from "@/lib/view/provenance";
import type { ProvenanceRef } from "@/lib/view/provenance-keys";
import { ProvenanceContent } from "./ProvenanceContent";
import { loadedMap, loadMap, usePageMap } from "./ProvenanceMap";
import { ProvenancePopover } from "./ProvenancePopover";
import styles from "./ProvenanceButton.module.css";

type Props = {
  provRef: ProvenanceRef;
  /** The number as the page writes it. */
  text: string;
  /** A variant from ProvenanceButton.module.css (.strong), imported by the caller. */
  className?: string;
};

type State = { kind: "idle" | "loading" | "failed" } | { kind: "ready"; provenance: Provenance };

/**
 * A server-rendered number whose provenance stays out of the page: it carries a key, and loads the
 * page's map the first time a reader hovers, focuses, presses or opens one. Until then, and without
 * JavaScript, its popover names its source with a link to the source's entry on the page.
 */
export function ProvenanceRefButton({ provRef, text, className }: Props) {
  const { url, texts } = usePageMap();
  const [state, setState] = useState<State>({ kind: "idle" });
  const settle = (map: Record<string, Provenance>) => {
    const provenance = map[provRef.key];
    setState(provenance ? { kind: "ready", provenance } : { kind: "failed" });
  };
  const load = () => {
    if (state.kind === "ready" || state.kind === "loading") return;
    const map = loadedMap(url);
    if (map) return settle(map);
    setState({ kind: "loading" });
    loadMap(url).then(settle, () => setState({ kind: "failed" }));
  };
  const label = fill(texts.open, { value: text });
  const source = provRef.source && (
    <p className={styles.fallback}>
      {texts.source}: <a href={provRef.source.href}>{provRef.source.name}</a>
    </p>
  );
  const body =
    state.kind === "ready" ? (
      <ProvenanceContent provenance={state.provenance} />
    ) : (
      <>
        {state.kind !== "idle" && (
          <p className={styles.status} role="status">
            {state.kind === "loading" ? texts.loading : texts.failed}
          </p>
        )}
        {source}
      </>
    );
  return (
    <ProvenancePopover
      label={label}
      dialogLabel={state.kind === "ready" ? state.provenance.heading : label}
      closeText={texts.close}
      className={className}
      body={body}
      bodyState={state.kind}
      onIntent={load}
      onOpen={load}
    >
      {text}
    </ProvenancePopover>
  );
}
