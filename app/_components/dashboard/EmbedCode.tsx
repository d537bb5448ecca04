"use client";

import { useState } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/format/locale";
import type { FigureId } from "@/lib/view/state";
import { useSearch } from "./useViewState";

/** Room for the title, summary, controls, chart and source line of each figure, in CSS pixels. */
const HEIGHT: Record<FigureId, number> = { trend: 680, countries: 640, flows: 660, shares: 560, world: 620, mirror: 640 };

const attr = (s: string) => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

/** The iframe code for this figure in the current view, shown on request and copied with one click. */
export function EmbedCode({ id, title, locale, t }: { id: FigureId; title: string; locale: Locale; t: Messages }) {
  const search = useSearch();
  const [copied, setCopied] = useState(false);
  const src = `${window.location.origin}/embed/${locale}/${id}${search}`;
  const code = `<iframe src="${attr(src)}" title="${attr(fill(t.embed.frameTitle, { title, site: t.siteTitle }))}" width="100%" height="${HEIGHT[id]}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return (
    <details className="embed-code" onToggle={() => setCopied(false)}>
      <summary className="button">{t.embed.button}</summary>
      <p>{t.embed.intro}</p>
      <textarea readOnly value={code} aria-label={t.embed.heading} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="button"
        onClick={() =>
          void navigator.clipboard?.writeText(code).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t.embed.copied : t.embed.copy}
      </button>
    </details>
  );
}
