/** Browser-only helpers behind the download buttons. */
import { chartFile } from "@/lib/view/chart-file";

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const PAINT_PROPS = ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity", "font-size", "font-family", "font-weight"] as const;

/** An element's markup with CSS variables and stylesheet colours written into each element, so it looks the same outside the page. */
function inlinedContent(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  const source = el.querySelectorAll("*");
  const target = clone.querySelectorAll("*");
  source.forEach((node, i) => {
    const copy = target[i];
    if (!copy) return;
    const style = getComputedStyle(node);
    for (const prop of PAINT_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) (copy as SVGElement).style.setProperty(prop, value);
    }
  });
  const xml = new XMLSerializer();
  return [...clone.childNodes].map((n) => xml.serializeToString(n)).join("");
}

/** The chart's SVG once it has drawn: it may still be loading when a reader presses Download. */
export async function drawnChart(box: HTMLElement | null, timeoutMs = 8000): Promise<SVGSVGElement | null> {
  const find = () => box?.querySelector<SVGSVGElement>(".recharts-wrapper > svg") ?? null;
  for (let waited = 0; waited <= timeoutMs; waited += 100) {
    const svg = find();
    if (svg && svg.getBoundingClientRect().width > 0) return svg;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/**
 * A figure as a file that stands alone: its title, unit and rate, legend, the chart as drawn, its
 * notes and sources and the view's address, laid out by lib/view/chart-file.ts.
 */
export function figureFile(svg: SVGSVGElement, figure: HTMLElement, text: { title: string; subtitle: string; addressLabel: string }) {
  const body = getComputedStyle(document.body);
  const { width } = svg.getBoundingClientRect();
  // recharts leaves room in its SVG for the HTML legend under it; the file ends where the drawing does.
  const drawn = svg.getBBox();
  const height = Math.min(svg.getBoundingClientRect().height, drawn.y + drawn.height + 4);
  const legend = [...figure.querySelectorAll(".recharts-legend-item")].map((li) => ({
    label: li.textContent?.trim() ?? "",
    icon: li.querySelector("svg") ? inlinedContent(li.querySelector("svg") as SVGSVGElement) : "",
  }));
  const caption = figure.querySelector("figcaption") as HTMLElement | null;
  const notes = (caption?.innerText ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
  return chartFile({
    chart: { svg: inlinedContent(svg), width: Math.round(width), height: Math.round(height) },
    title: text.title,
    subtitle: text.subtitle,
    legend,
    notes,
    address: `${text.addressLabel}: ${location.href}`,
    colors: { background: body.backgroundColor, text: body.color, muted: getComputedStyle(caption ?? document.body).color },
  });
}

export async function svgToPng(svgText: string, width: number, height: number, background: string): Promise<Blob> {
  const scale = 2;
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const g = canvas.getContext("2d");
  if (!g) throw new Error("no canvas");
  g.fillStyle = background;
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png"));
}
