import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardBody } from "@/app/_components/DashboardBody";
import { isLocale, LOCALES } from "@/lib/format/locale";
import { shareMetadata } from "@/lib/share-metadata";
import type { CopyView } from "@/lib/view/notice";
import { CARD_VIEWS, type CardView } from "@/lib/view/share-card";

/**
 * The dashboard as served for /id?currency=IDR (and the other views with their own share card):
 * next.config.js rewrites those links here, so the page stays prerendered and its card and
 * description name that view's headline. The browser keeps the link's address.
 */
export const dynamicParams = false;

const VIEWS = CARD_VIEWS.filter((v): v is CopyView => v !== "USD");
const QUERY: Record<CardView, string> = { USD: "", "IDR-article": "?currency=IDR", "IDR-annual": "?currency=IDR&rate=annual", CNY: "?currency=CNY" };

export function generateStaticParams() {
  return LOCALES.flatMap((lang) => VIEWS.map((view) => ({ lang, view })));
}

const isView = (v: string): v is CopyView => (VIEWS as readonly string[]).includes(v);

export async function generateMetadata({ params }: PageProps<"/[lang]/v/[view]">): Promise<Metadata> {
  const { lang, view } = await params;
  if (!isLocale(lang) || !isView(view)) return {};
  return shareMetadata(lang, view, `/${lang}${QUERY[view]}`);
}

export default async function DashboardViewPage({ params }: PageProps<"/[lang]/v/[view]">) {
  const { lang, view } = await params;
  if (!isLocale(lang) || !isView(view)) notFound();
  return <DashboardBody lang={lang} view={view} />;
}
