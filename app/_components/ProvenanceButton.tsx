"use client";

import { useState, type ReactNode } from "react";
import type { Provenance } from "@/lib/view/provenance";
import { ProvenanceContent } from "./ProvenanceContent";
import { ProvenancePopover } from "./ProvenancePopover";

type Props = {
  provenance: Provenance;
  label: string;
  closeText: string;
  children: ReactNode;
  /** A variant from ProvenanceButton.module.css (.info, .strong), imported by the caller. */
  className?: string;
  /**
   * Render the popover's content only once it is first opened. Tables hold hundreds of these;
   * rendering them all up front costs the page its first seconds on a phone. Their rows carry a
   * Source column, so without JavaScript nothing is lost.
   */
  lazy?: boolean;
};

/**
 * A number whose provenance the browser already has: built there (the live dashboard's tables and
 * summaries, a headline in the reader's own settings). A number the server renders carries a key
 * instead, and loads its provenance when opened (ProvenanceRefButton).
 */
export function ProvenanceButton({ provenance, label, closeText, children, className, lazy = false }: Props) {
  const [opened, setOpened] = useState(!lazy);
  return (
    <ProvenancePopover
      label={label}
      dialogLabel={provenance.heading}
      closeText={closeText}
      className={className}
      body={opened && <ProvenanceContent provenance={provenance} />}
      bodyState={opened}
      onOpen={() => setOpened(true)}
    >
      {children}
    </ProvenancePopover>
  );
}
