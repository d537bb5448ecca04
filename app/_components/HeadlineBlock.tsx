import type { Messages } from "@/lib/i18n/messages";
import type { Provenance } from "@/lib/view/provenance";
import { provenanceLabel } from "@/lib/view/provenance";
import { ProvenanceButton } from "./ProvenanceButton";

/** A number that opens its provenance, in one currency or the other. */
export type HeadlineNumber = { testId: "headline-usd" | "headline-idr" | "headline-cny"; text: string; provenance: Provenance };

type Props = {
  t: Messages;
  main: HeadlineNumber;
  /** The other currency, inside a sentence whose words sit before and after it. */
  second: HeadlineNumber & { before: string; after: string };
  change: { text: string; provenance: Provenance; rest: string };
};

/** The headline's three lines: the total, the same total in the other currency, the change. */
export function HeadlineBlock({ t, main, second, change }: Props) {
  const button = (n: { text: string; provenance: Provenance }) => (
    <ProvenanceButton provenance={n.provenance} label={provenanceLabel(t, n.text)} closeText={t.provenance.close}>
      {n.text}
    </ProvenanceButton>
  );
  return (
    <>
      <div className="headline__figure" data-testid={main.testId}>
        {button(main)}
      </div>
      <div className="headline__idr" data-testid={second.testId}>
        {second.before}
        {button(second)}
        {second.after}
      </div>
      <div className="headline__change" data-testid="headline-change">
        {button(change)} {change.rest}
      </div>
    </>
  );
}
