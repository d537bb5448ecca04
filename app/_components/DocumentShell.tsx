import type { ReactNode } from "react";
import type { Locale } from "@/lib/format/locale";

/** Applies a saved light/dark choice before the first paint, so the page does not flash. */
// "js" on <html> before paint lets CSS show only what works: without it, no controls, no chart slots.
const THEME_SCRIPT = `document.documentElement.classList.add("js");try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** <html> and <body> for the site and for its embeds. */
export function DocumentShell({ lang, bodyClass, children }: { lang: Locale; bodyClass?: string; children: ReactNode }) {
  return (
    // data-theme is set before paint from the reader's saved choice, so it may differ from the server's HTML.
    <html lang={lang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className={bodyClass}>{children}</body>
    </html>
  );
}
