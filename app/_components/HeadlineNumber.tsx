import type { Messages } from "@/lib/i18n/messages";
import type { HeadlineKeyed } from "@/lib/view/headline-variants";
import { provenanceLabel, type Provenance } from "@/lib/view/provenance";
import type { ProvenanceRef } from "@/lib/view/provenance-keys";
import { ProvenanceButton } from "./ProvenanceButton";
import { ProvenanceRefButton } from "./ProvenanceRefButton";

/** A server version's numbers by key; null where the version has no such number (no yardstick). */
export type HeadlineRefs = { [K in keyof HeadlineKeyed]: ProvenanceRef | null };

/** A number that opens its provenance: by key where the server rendered it, else the one the browser built. */
export function HeadlineNumber({ t, n, provRef }: { t: Messages; n: { text: string; provenance: Provenance }; provRef: ProvenanceRef | null | undefined }) {
  return provRef ? (
    <ProvenanceRefButton provRef={provRef} text={n.text} />
  ) : (
    <ProvenanceButton provenance={n.provenance} label={provenanceLabel(t, n.text)} closeText={t.provenance.close}>
      {n.text}
    </ProvenanceButton>
  );
}
