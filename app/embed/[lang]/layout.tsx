import type { Viewport } from "next";
import { notFound } from "next/navigation";
import { isLocale, LOCALES } from "@/lib/format/locale";
import { DocumentShell } from "@/app/_components/DocumentShell";
import { FrameHeight } from "@/app/_components/embed/FrameHeight";
import "../../globals.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** An embedded figure is a page of its own inside another site's frame: no header, no footer; it tells the frame its height. */
export default async function EmbedLayout({ children, params }: LayoutProps<"/embed/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <DocumentShell lang={lang} bodyClass="embed-body">
      {children}
      <FrameHeight />
    </DocumentShell>
  );
}
