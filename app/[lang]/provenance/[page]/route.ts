import { z } from "zod";
import { cachedBody, jsonError, jsonOk } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/load";
import { LOCALES } from "@/lib/format/locale";
import { PROVENANCE_PAGES } from "@/lib/schema/provenance";
import { pageProvenance } from "@/lib/article/page-provenance";

/**
 * GET /{lang}/provenance/{page}: the provenance of every number the page renders on the server, by
 * the key its button carries; loaded once, when a reader first opens one. Every map is known at build
 * time: made once and served as a file, cached like the pages (a deploy changes it, with them).
 */
export const dynamic = "force-static";
export const dynamicParams = false;

const params = z.object({ lang: z.enum(LOCALES), page: z.enum(PROVENANCE_PAGES) });

export function generateStaticParams() {
  return LOCALES.flatMap((lang) => PROVENANCE_PAGES.map((page) => ({ lang, page })));
}

/** As next.config.js gives the pages: browsers revalidate by ETag, a CDN keeps it a day (purged on deploy). */
const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=86400, stale-while-revalidate=604800";

export async function GET(request: Request, { params: raw }: RouteContext<"/[lang]/provenance/[page]">): Promise<Response> {
  const parsed = params.safeParse(await raw);
  if (!parsed.success) return jsonError(404, "not found", parsed.error.issues.map((i) => ({ param: String(i.path[0] ?? "(path)"), message: i.message })));
  const { lang, page } = parsed.data;
  return jsonOk(request, cachedBody(pageProvenance(page, getDataset(), lang)), undefined, { "Cache-Control": PAGE_CACHE_CONTROL });
}
