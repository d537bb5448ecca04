import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { isLocale, LOCALES } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import "../globals.css";

export const dynamicParams = false;

/** Applies a saved light/dark choice before the first paint, so the page does not flash. */
// "js" on <html> before paint lets CSS show only what works: without it, no controls, no chart slots.
const THEME_SCRIPT = `document.documentElement.classList.add("js");try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = messagesFor(lang);
  return {
    title: t.siteTitle,
    description: t.siteTagline,
    // Absolute alternates (hreflang needs them); SITE_URL names the deployed origin.
    metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
    alternates: { canonical: `/${lang}`, languages: { id: "/id", en: "/en", "x-default": "/id" } },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

export default async function RootLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    // data-theme is set before paint from the reader's saved choice, so it may differ from the server's HTML.
    <html lang={lang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
