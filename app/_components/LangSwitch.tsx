"use client";

import type { Locale } from "@/lib/format/locale";
import { useSearch } from "./dashboard/useViewState";

/** Switches language and keeps the view: the query string travels with the link. */
export function LangSwitch({ to, label, text }: { to: Locale; label: string; text: string }) {
  const search = useSearch();
  return (
    <a href={`/${to}${search}`} hrefLang={to} lang={to} aria-label={label} className="lang-switch">
      {text}
    </a>
  );
}
