import { negotiateLocale } from "@/lib/format/locale";

/** "/" sends a reader to /id or /en by Accept-Language; Indonesian by default. */
export function GET(request: Request): Response {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return new Response(null, {
    status: 307,
    headers: { Location: `/${locale}`, Vary: "Accept-Language", "Cache-Control": "private, no-cache" },
  });
}
