"use client";

import { useRef, useState, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { FigureId, ViewState } from "@/lib/view/state";
import type { SetView } from "./types";
import type { Provenance } from "@/lib/view/provenance";
import { InfoIcon } from "../InfoIcon";
import { ProvenanceButton } from "../ProvenanceButton";
import { drawnChart, figureFile, saveBlob, svgToPng } from "./download";
import { EmbedCode } from "./EmbedCode";
import type { Locale } from "@/lib/format/locale";
import { figureIds } from "@/lib/view/figure-ids";
import { FigureHead } from "./FigureHead";
import { useFramed } from "../Framed";
import { framedLink } from "@/lib/embed/links";
import controlStyles from "../ui/control.module.css";
import provStyles from "../ProvenanceButton.module.css";
import figureStyles from "./figure.module.css";

type Props = {
  id: FigureId;
  t: Messages;
  locale: Locale;
  state: ViewState;
  setView: SetView;
  title: string;
  /** The unit and rate the chart is drawn in, for a downloaded chart. */
  subtitle: string;
  summary: string;
  /** Where the summary's numbers come from. */
  summarySources: Provenance;
  /** Controls that belong to this figure only (years, countries, partner). */
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  notes?: ReactNode;
  sourceLine: ReactNode;
  csv: () => string;
  filename: string;
  /** The same data from the API, for a notebook or spreadsheet: one link per reporter; none for an empty figure. */
  apiCsv: readonly { href: string; label: string }[];
};

/** A figure: title, computed summary, chart or table, notes, source line and downloads. */
export function FigureFrame(p: Props) {
  const chartRef = useRef<HTMLDivElement>(null);
  // A collapsed table is not rendered: hundreds of rows would cost every toggle and the first load.
  const [dataOpen, setDataOpen] = useState(false);
  const asTable = p.state.table.includes(p.id);
  const setTab = (table: boolean) =>
    p.setView({ ...p.state, table: table ? [...p.state.table, p.id] : p.state.table.filter((f) => f !== p.id) });

  // Pressed before the chart has drawn, a download waits for it and says so; it never does nothing.
  const [fileStatus, setFileStatus] = useState<string | null>(null);
  const downloadChart = async (kind: "svg" | "png") => {
    const box = chartRef.current;
    const figure = box?.closest("figure");
    if (!box?.querySelector(".recharts-wrapper > svg")) setFileStatus(p.t.download.waiting);
    const svg = await drawnChart(box);
    if (!svg || !figure) return setFileStatus(p.t.download.notDrawn);
    setFileStatus(null);
    const file = figureFile(svg, figure, { title: p.title, subtitle: p.subtitle, addressLabel: p.t.printedFrom });
    const background = getComputedStyle(document.body).backgroundColor;
    const blob = kind === "svg" ? new Blob([file.svg], { type: "image/svg+xml" }) : await svgToPng(file.svg, file.width, file.height, background);
    saveBlob(blob, `${p.filename}.${kind}`);
  };

  const ids = figureIds(p.id);
  const framed = useFramed();
  return (
    <figure className={figureStyles.figure} id={ids.figure} aria-labelledby={ids.title} aria-describedby={ids.summary}>
      <FigureHead id={p.id} title={p.title} summary={p.summary}>
        <ProvenanceButton provenance={p.summarySources} label={p.t.provenance.sourcesOfSummary} closeText={p.t.provenance.close} className={provStyles.info}>
          <InfoIcon />
        </ProvenanceButton>
      </FigureHead>
      {p.controls}
      <div className={figureStyles.bar} data-testid="figure-bar">
        <div className={figureStyles.tabs} role="group" aria-label={p.t.tabs.label}>
          <button type="button" className={controlStyles.tab} aria-pressed={!asTable} onClick={() => setTab(false)}>
            {p.t.tabs.chart}
          </button>
          <button type="button" className={controlStyles.tab} aria-pressed={asTable} onClick={() => setTab(true)}>
            {p.t.tabs.table}
          </button>
        </div>
        <div className={figureStyles.downloads} role="group" aria-label={p.t.download.label}>
          <button type="button" className={controlStyles.button} onClick={() => saveBlob(new Blob([p.csv()], { type: "text/csv;charset=utf-8" }), `${p.filename}.csv`)}>
            {p.t.download.csv}
          </button>
          {/* A CSV file, not a page: a plain link. */}
          { }
          {p.apiCsv.map((link) => (
            <a key={link.href} className={`${controlStyles.button} ${controlStyles.link}`} {...framedLink(link.href, framed)}>
              {link.label}
            </a>
          ))}
          {!asTable && (
            <>
              <button type="button" className={controlStyles.button} onClick={() => void downloadChart("png")}>
                {p.t.download.png}
              </button>
              <button type="button" className={controlStyles.button} onClick={() => void downloadChart("svg")}>
                {p.t.download.svg}
              </button>
            </>
          )}
        </div>
        <p className={figureStyles.fileStatus} role="status" data-testid="file-status">
          {fileStatus}
        </p>
      </div>
      {asTable ? (
        p.table
      ) : (
        <>
          <div className={figureStyles.chartBox} ref={chartRef} data-testid="chart-box">
            {p.chart}
          </div>
          <details className={figureStyles.data} data-testid="figure-data" onToggle={(e) => setDataOpen(e.currentTarget.open)}>
            <summary>{p.t.showData}</summary>
            {dataOpen && p.table}
          </details>
        </>
      )}
      <EmbedCode id={p.id} title={p.title} locale={p.locale} t={p.t} />
      {/* Last: a <figcaption> must be a <figure>'s first or last child. */}
      <figcaption>
        {p.notes}
        {p.sourceLine}
      </figcaption>
    </figure>
  );
}
