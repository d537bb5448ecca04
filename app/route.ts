import { negotiateLocale } from "@/lib/format/locale";

/** "/" sends a reader to /id or /en by Accept-Language (Indonesian by default), keeping the view in the query. */
export function GET(request: Request): Response {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  // The query only ever follows a fixed path, so it cannot point the redirect elsewhere.
  const { search } = new URL(request.url);
  return new Response(null, {
    status: 307,
    headers: { Location: `/${locale}${search}`, Vary: "Accept-Language", "Cache-Control": "private, no-cache" },
  });
}
