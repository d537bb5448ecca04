import type { Metadata } from "next";
import { getDataset } from "@/lib/data/load";
import { siteUrl } from "@/lib/site-url";
import type { Locale } from "@/lib/format/locale";
import { shareCard, type CardView } from "@/lib/view/share-card";

/**
 * Open Graph and Twitter card tags for a view: its card image, with the same words as its alt text.
 * Card and page URLs must be absolute, so a build without SITE_URL has none.
 */
export function shareMetadata(lang: Locale, view: CardView, url: string, site: URL | null = siteUrl()): Pick<Metadata, "metadataBase" | "openGraph" | "twitter"> {
  if (!site) return {};
  const card = shareCard(getDataset(), lang, view);
  const image = { url: `/og/${lang}/${view}`, width: 1200, height: 630, alt: card.alt, type: "image/png" };
  const description = `${card.eyebrow}: ${card.main}, ${card.second}.`;
  return {
    metadataBase: site,
    openGraph: { type: "website", siteName: card.title, title: card.title, description, url, locale: lang === "id" ? "id_ID" : "en_GB", images: [image] },
    twitter: { card: "summary_large_image", title: card.title, description, images: [image] },
  };
}

/** The same card for a page of its own (goods and targets), shared under that page's title and description. */
export function pageShareMetadata(lang: Locale, url: string, text: { title: string; description: string }, site: URL | null = siteUrl()): ReturnType<typeof shareMetadata> {
  const meta = shareMetadata(lang, "USD", url, site);
  if (!meta.openGraph || !meta.twitter) return meta;
  return { ...meta, openGraph: { ...meta.openGraph, ...text }, twitter: { ...meta.twitter, ...text } };
}
