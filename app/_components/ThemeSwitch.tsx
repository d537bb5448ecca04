"use client";

import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import controlStyles from "./ui/control.module.css";
import styles from "./ThemeSwitch.module.css";

/** Only the four words it shows: the props of a client component travel in the page's payload. */
export type ThemeLabels = Pick<Messages["controls"], "theme" | "themeSystem" | "themeLight" | "themeDark">;

type Theme = "system" | "light" | "dark";
const KEY = "theme";

/** System by default; a choice is kept in localStorage and applied before paint by the layout's script. */
export function ThemeSwitch({ labels }: { labels: ThemeLabels }) {
  const [theme, setTheme] = useState<Theme>("system");
  useEffect(() => {
    const saved = localStorage.getItem(KEY);
    // Reading localStorage must wait for the client; the server always renders "system".
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved === "light" || saved === "dark") setTheme(saved);
  }, []);
  const choose = (next: Theme) => {
    setTheme(next);
    if (next === "system") {
      localStorage.removeItem(KEY);
      delete document.documentElement.dataset.theme;
    } else {
      localStorage.setItem(KEY, next);
      document.documentElement.dataset.theme = next;
    }
  };
  return (
    <div className={styles.theme}>
      <label htmlFor="theme-select">{labels.theme}</label>
      <select id="theme-select" className={controlStyles.select} value={theme} onChange={(e) => choose(e.target.value as Theme)}>
        <option value="system">{labels.themeSystem}</option>
        <option value="light">{labels.themeLight}</option>
        <option value="dark">{labels.themeDark}</option>
      </select>
    </div>
  );
}
