import { isLocale } from "@/lib/format/locale";
import { notFoundResponse } from "@/lib/not-found-page";

/** Any other path under /id or /en: a 404 page in that language; under another first segment, in both. */
export async function GET(_request: Request, { params }: RouteContext<"/[lang]/[...rest]">): Promise<Response> {
  const { lang } = await params;
  return notFoundResponse(isLocale(lang) ? lang : "both");
}
