import type { FigureId } from "@/lib/view/state";

/**
 * An embed tells the page that frames it how tall it is, as Datawrapper's embeds do: on load and
 * whenever its content changes size, it posts { type: "cca-embed:height", height } to its parent.
 * The embed code's script sets the frame's height from it.
 */
export const HEIGHT_MESSAGE = "cca-embed:height";
export type HeightMessage = { type: typeof HEIGHT_MESSAGE; height: number };

/** The message for a content height in CSS pixels: whole pixels, rounded up, so nothing is cut. */
export const heightMessage = (height: number): HeightMessage => ({ type: HEIGHT_MESSAGE, height: Math.ceil(height) });

/**
 * The frame's height where the host page drops the script: each figure's content height in a frame
 * 720 px wide (the taller of /embed/id and /embed/en, default view, chart drawn), measured in
 * Chromium, with room for wider fonts than the reader's usual ones, rounded up to 10 px. Measured
 * (id / en, in px) with Noto Sans (the common Linux and Android face) and with DejaVu Sans (wider; the
 * face the e2e tests draw with on every machine, e2e/fonts/fonts.conf):
 *
 *   figure     720 px, Noto    720 px, DejaVu   1264 px, Noto
 *   trend      1155 / 1206     1230 / 1206      962 / 936
 *   countries  1282 / 1310     1134 / 1185      993 / 993
 *   flows       993 / 1043     1015 / 1091      850 / 850
 *   shares      927 /  956      928 /  978      806 / 806
 *   world       977 / 1027     1025 / 1050      812 / 812
 *   mirror     1043 / 1094     1092 / 1116      850 / 876
 *   indonesia  1065 / 1093     1134 / 1137      882 / 856
 *
 * (Noto at 720 px re-measured after #18 gave the by-country, shares and world figures their notes;
 * 1264 px as first measured; indonesia measured when #21 added it; DejaVu measured in #26.)
 *
 * Wider, the frame has room to spare; narrower (a phone), the frame scrolls. With the script, the
 * frame takes its content's height at any width.
 */
export const FRAME_HEIGHT: Record<FigureId, number> = { trend: 1250, countries: 1330, flows: 1110, shares: 1000, world: 1070, mirror: 1140, indonesia: 1160 };

/**
 * The host page's half: sets a frame's height from the height messages of our own embeds (only from
 * `origin`, only for the iframe whose window sent it). Plain ES5 with no globals of its own, since
 * it runs on any site; pasted twice (two embeds), it sets the same height twice.
 */
export function frameSizer(origin: string): string {
  // JSON is a JS string literal; with "<" escaped it cannot end the <script> element early.
  const o = JSON.stringify(origin).replaceAll("<", "\\u003c");
  return (
    `addEventListener("message",function(e){var d=e.data,f=document.getElementsByTagName("iframe"),i;` +
    `if(e.origin!==${o}||!d||d.type!=="${HEIGHT_MESSAGE}"||typeof d.height!=="number"||!(d.height>0&&d.height<1e5))return;` +
    `for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px"})`
  );
}

const attr = (s: string) => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

/** The code the Embed button gives: the frame, at a height that holds the figure without script, and the script that fits it to its content. */
export function embedCode({ origin, path, title, figure }: { origin: string; path: string; title: string; figure: FigureId }): string {
  return (
    `<iframe src="${attr(origin + path)}" title="${attr(title)}" width="100%" height="${FRAME_HEIGHT[figure]}" style="border:0;max-width:100%" loading="lazy"></iframe>\n` +
    `<script>${frameSizer(origin)}</script>`
  );
}
