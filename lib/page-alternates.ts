import type { Metadata } from "next";
import type { Locale } from "@/lib/format/locale";
import { siteUrl } from "@/lib/site-url";

/**
 * A page is its own canonical; its other-language twin is the same path under the other prefix.
 * They are absolute links, so a build without SITE_URL has none (see lib/site-url.ts).
 */
export function pageAlternates(lang: Locale, rest = "", site: URL | null = siteUrl()): Pick<Metadata, "metadataBase" | "alternates"> {
  if (!site) return {};
  return {
    metadataBase: site,
    alternates: { canonical: `/${lang}${rest}`, languages: { id: `/id${rest}`, en: `/en${rest}`, "x-default": `/id${rest}` } },
  };
}
