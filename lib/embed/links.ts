import type { Locale } from "@/lib/format/locale";

/**
 * The one rule for links in an embed: every link that leads out of the figure (a source line, a
 * popover's sources, the table's sources, the API's CSV, the link back to the dashboard, another
 * site) opens in a new tab, with no opener and no referrer. Not target="_top": the reader keeps the
 * article that embeds the figure, and one rule serves our pages and other sites alike. Left in the
 * frame, our pages would not even load there (frame-ancestors 'none').
 */
export const OUT_OF_FRAME = { target: "_blank", rel: "noopener noreferrer" } as const;

export type LinkAttrs = { href: string; target?: "_blank"; rel?: string };

/** A link's attributes on a page that may be framed: in an embed, anything but an in-page anchor opens outside the frame. */
export const framedLink = (href: string, framed: boolean): LinkAttrs => (framed && !href.startsWith("#") ? { href, ...OUT_OF_FRAME } : { href });

/** An element of the dashboard (the timeline's #event-1): in place on the dashboard; from an embed, which does not have it, the dashboard's own. */
export const dashboardAnchor = (id: string, locale: Locale, framed: boolean): string => (framed ? `/${locale}#${id}` : `#${id}`);
