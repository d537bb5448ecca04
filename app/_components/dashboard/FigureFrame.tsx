"use client";

import { useRef, useState, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { FigureId, ViewState } from "@/lib/view/state";
import type { SetView } from "./types";
import type { Provenance } from "@/lib/view/provenance";
import { InfoIcon } from "../InfoIcon";
import { ProvenanceButton } from "../ProvenanceButton";
import { saveBlob, standaloneSvg, svgToPng } from "./download";
import { EmbedCode } from "./EmbedCode";
import type { Locale } from "@/lib/format/locale";

type Props = {
  id: FigureId;
  t: Messages;
  locale: Locale;
  state: ViewState;
  setView: SetView;
  title: string;
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
  /** The same data from the API, for a notebook or spreadsheet. */
  apiCsv: string;
};

/** A figure: title, computed summary, chart or table, notes, source line and downloads. */
export function FigureFrame(p: Props) {
  const chartRef = useRef<HTMLDivElement>(null);
  // A collapsed table is not rendered: hundreds of rows would cost every toggle and the first load.
  const [dataOpen, setDataOpen] = useState(false);
  const asTable = p.state.table.includes(p.id);
  const setTab = (table: boolean) =>
    p.setView({ ...p.state, table: table ? [...p.state.table, p.id] : p.state.table.filter((f) => f !== p.id) });

  const chartSvg = () => chartRef.current?.querySelector<SVGSVGElement>(".recharts-wrapper > svg") ?? null;
  const background = () => getComputedStyle(document.body).backgroundColor;
  const downloadSvg = () => {
    const svg = chartSvg();
    if (svg) saveBlob(new Blob([standaloneSvg(svg, p.title, background())], { type: "image/svg+xml" }), `${p.filename}.svg`);
  };
  const downloadPng = async () => {
    const svg = chartSvg();
    if (!svg) return;
    const { width, height } = svg.getBoundingClientRect();
    saveBlob(await svgToPng(standaloneSvg(svg, p.title, background()), Math.round(width), Math.round(height), background()), `${p.filename}.png`);
  };

  return (
    <figure className="figure" id={`fig-${p.id}`} aria-labelledby={`fig-${p.id}-title`} aria-describedby={`fig-${p.id}-summary`}>
      <h2 id={`fig-${p.id}-title`}>{p.title}</h2>
      <div className="figure__summary">
        <span id={`fig-${p.id}-summary`} data-testid={`summary-${p.id}`}>
          {p.summary}
        </span>{" "}
        <ProvenanceButton provenance={p.summarySources} label={p.t.provenance.sourcesOfSummary} closeText={p.t.provenance.close} className="prov--info">
          <InfoIcon />
        </ProvenanceButton>
      </div>
      {p.controls}
      <div className="figure__bar">
        <div className="tabs" role="group" aria-label={p.t.tabs.label}>
          <button type="button" className="tab" aria-pressed={!asTable} onClick={() => setTab(false)}>
            {p.t.tabs.chart}
          </button>
          <button type="button" className="tab" aria-pressed={asTable} onClick={() => setTab(true)}>
            {p.t.tabs.table}
          </button>
        </div>
        <div className="downloads" role="group" aria-label={p.t.download.label}>
          <button type="button" className="button" onClick={() => saveBlob(new Blob([p.csv()], { type: "text/csv;charset=utf-8" }), `${p.filename}.csv`)}>
            {p.t.download.csv}
          </button>
          {/* A CSV file, not a page: a plain link. */}
          { }
          <a className="button button--link" href={p.apiCsv}>
            {p.t.api.figureCsv}
          </a>
          {!asTable && (
            <>
              <button type="button" className="button" onClick={downloadPng}>
                {p.t.download.png}
              </button>
              <button type="button" className="button" onClick={downloadSvg}>
                {p.t.download.svg}
              </button>
            </>
          )}
        </div>
      </div>
      {asTable ? (
        p.table
      ) : (
        <>
          <div className="chart-box" ref={chartRef}>
            {p.chart}
          </div>
          <details className="figure__data" onToggle={(e) => setDataOpen(e.currentTarget.open)}>
            <summary>{p.t.showData}</summary>
            {dataOpen && p.table}
          </details>
        </>
      )}
      <figcaption>
        {p.notes}
        {p.sourceLine}
      </figcaption>
      <EmbedCode id={p.id} title={p.title} locale={p.locale} t={p.t} />
    </figure>
  );
}
