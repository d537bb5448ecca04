"use client";

import { usePathname } from "next/navigation";
import type { Locale } from "@/lib/format/locale";
import { useSearch } from "./dashboard/useViewState";
import styles from "./LangSwitch.module.css";

/** Switches language and keeps the page and the view: /id/api?… leads to /en/api?…. */
export function LangSwitch({ to, label, text }: { to: Locale; label: string; text: string }) {
  const search = useSearch();
  const rest = (usePathname() ?? "/").replace(/^\/(id|en)(?=\/|$)/, "");
  return (
    <a href={`/${to}${rest}${search}`} hrefLang={to} lang={to} aria-label={label} className={styles.switch} data-testid="lang-switch">
      {text}
    </a>
  );
}
