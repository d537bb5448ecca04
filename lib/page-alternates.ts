import type { Metadata } from "next";
import type { Locale } from "@/lib/format/locale";

/** A page is its own canonical; its other-language twin is the same path under the other prefix. */
export function pageAlternates(lang: Locale, rest = ""): Metadata["alternates"] {
  return { canonical: `/${lang}${rest}`, languages: { id: `/id${rest}`, en: `/en${rest}`, "x-default": `/id${rest}` } };
}
