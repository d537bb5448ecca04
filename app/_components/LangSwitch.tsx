"use client";

import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/format/locale";
import { useSearch } from "./dashboard/useViewState";
import styles from "./LangSwitch.module.css";

/**
 * Switches language and keeps the page and the view: /id/api?… leads to /en/api?…. A page rendered on
 * request passes its query (`serverSearch`), so the link keeps it without JavaScript too (/check?text=…);
 * a prerendered page cannot know it, and the browser fills it in.
 */
export function LangSwitch({ to, label, text, serverSearch = "" }: { to: Locale; label: string; text: string; serverSearch?: string }) {
  const search = useSearch() || serverSearch;
  const rest = (usePathname() ?? "/").replace(/^\/(id|en)(?=\/|$)/, "");
  return (
    <a href={`/${to}${rest}${search}`} hrefLang={to} lang={to} aria-label={label} className={styles.switch} data-testid="lang-switch">
      {text}
    </a>
  );
}
