import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

const section = (locale: Locale, level: "h1" | "h2") => {
  const t = messagesFor(locale).notFound;
  return `<section lang="${locale}">
<${level}>${escape(t.heading)}</${level}>
<p>${escape(t.text)}</p>
<p><a href="/${locale}">${escape(t.back)}</a></p>
</section>`;
};

/**
 * The 404 page for a path under /id or /en, in that language; for any other first segment (the
 * reader's language unknown), in both, Indonesian first. A plain document: a route handler can set
 * the status and knows the language from the path, which Next's not-found files cannot.
 */
export function notFoundHtml(locale: Locale | "both"): string {
  const lang: Locale = locale === "both" ? "id" : locale;
  const title = locale === "both" ? `${messagesFor("id").notFound.heading} · ${messagesFor("en").notFound.heading}` : messagesFor(locale).notFound.heading;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>
:root{color-scheme:light dark}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#fbfaf7;color:#1b1d21}
main{max-width:40rem;margin:0 auto;padding:3rem 1rem}
a{color:#0b5cad}
@media (prefers-color-scheme:dark){body{background:#15171a;color:#eceef1}a{color:#7cb8ff}}
</style>
</head>
<body>
<main>
${locale === "both" ? `${section("id", "h1")}\n${section("en", "h2")}` : section(locale, "h1")}
</main>
</body>
</html>
`;
}

export function notFoundResponse(locale: Locale | "both"): Response {
  return new Response(notFoundHtml(locale), {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
