"use client";

import { useState } from "react";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/format/locale";
import type { FigureId } from "@/lib/view/state";
import { useSearch } from "./useViewState";
import { embedCode } from "@/lib/embed/frame";
import controlStyles from "../ui/control.module.css";
import styles from "./EmbedCode.module.css";

/** The iframe code (and the script that fits the frame to its figure) for this figure in the current view, shown on request and copied with one click. */
export function EmbedCode({ id, title, locale, t }: { id: FigureId; title: string; locale: Locale; t: Messages }) {
  const search = useSearch();
  const [copied, setCopied] = useState(false);
  const code = embedCode({ origin: window.location.origin, path: `/embed/${locale}/${id}${search}`, title: fill(t.embed.frameTitle, { title, site: t.siteTitle }), figure: id });
  return (
    <details className={styles.embed} data-testid="embed-code" onToggle={() => setCopied(false)}>
      <summary className={controlStyles.button}>{t.embed.button}</summary>
      <p>{t.embed.intro}</p>
      <textarea readOnly value={code} aria-label={t.embed.heading} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className={controlStyles.button}
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
