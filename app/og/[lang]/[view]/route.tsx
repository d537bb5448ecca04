import { ImageResponse } from "next/og";
import { ShareCardImage } from "@/app/_components/ShareCardImage";
import { getDataset } from "@/lib/data/load";
import { isLocale, LOCALES } from "@/lib/format/locale";
import { CARD_VIEWS, shareCard, type CardView } from "@/lib/view/share-card";

// Every card is known at build time: made once, served as a file.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((lang) => CARD_VIEWS.map((view) => ({ lang, view })));
}

const isView = (v: string): v is CardView => (CARD_VIEWS as readonly string[]).includes(v);

/** GET /og/{lang}/{view}: the share card of a view, a 1200 × 630 PNG. */
export async function GET(_request: Request, { params }: RouteContext<"/og/[lang]/[view]">) {
  const { lang, view } = await params;
  if (!isLocale(lang) || !isView(view)) return new Response("Not found", { status: 404 });
  return new ImageResponse(<ShareCardImage card={shareCard(getDataset(), lang, view)} />, { width: 1200, height: 630 });
}
