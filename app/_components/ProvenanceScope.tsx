import type { ReactNode } from "react";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { ProvenancePage } from "@/lib/schema/provenance";
import { provenanceUrl } from "@/lib/article/page-provenance";
import { ProvenanceMapProvider } from "./ProvenanceMap";

/** The part of a page whose server-rendered numbers load their provenance from the page's map. */
export function ProvenanceScope({ page, locale, children }: { page: ProvenancePage; locale: Locale; children: ReactNode }) {
  const t = messagesFor(locale);
  const texts = { open: t.provenance.open, close: t.provenance.close, loading: t.provenance.loading, failed: t.provenance.failed, source: t.source };
  return (
    <ProvenanceMapProvider url={provenanceUrl(page, locale)} texts={texts}>
      {children}
    </ProvenanceMapProvider>
  );
}
