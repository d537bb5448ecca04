"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import { fill } from "@/lib/i18n/fill";
import { COUNTRIES } from "@/lib/schema/values";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "@/lib/view/cells";
import { countriesChartData } from "@/lib/view/chart-data";
import { toCsv } from "@/lib/view/csv";
import { sourceEntries } from "@/lib/view/provenance";
import { countryRows } from "@/lib/view/rows";
import { countriesSummary } from "@/lib/view/summaries";
import { ChartSlot } from "./ChartSlot";
import { WhenVisible } from "./WhenVisible";
import { CheckboxGroup } from "./CheckboxGroup";
import { tableColumns } from "./columns";
import { DataTable } from "./DataTable";
import { FigureFrame } from "./FigureFrame";
import { SourceLine } from "./SourceLine";
import type { FigureProps } from "./types";

const CountriesChart = dynamic(() => import("../charts/CountriesChart"), { ssr: false, loading: () => null });

export function CountriesFigure(p: FigureProps) {
  const chartElement = useMemo(() => {
    const chartRows = countryRows(p.chart.points, p.chart.state);
    const cctx: CellContext = { locale: p.locale, t: p.t, currency: p.chart.state.currency, scale: figureScale(chartRows, p.chart.state.unit) };
    return <CountriesChart data={countriesChartData(chartRows, cctx.scale)} countries={p.chart.state.countries} rows={chartRows} ctx={cctx} axisLabel={unitLabel(cctx)} sources={p.sources} />;
  }, [p.chart, p.locale, p.t, p.sources]);
  const rows = countryRows(p.points, p.state);
  const ctx: CellContext = { ...p.ctxBase, scale: figureScale(rows, p.state.unit) };
  const title = p.t.figures.countries;
  const shown = rows.filter((r) => r.status !== null);
  return (
    <FigureFrame
      id="countries"
      t={p.t}
      state={p.state}
      setView={p.setView}
      title={title}
      summarySources={{ heading: title, lines: [], sources: sourceEntries(shown.flatMap((r) => r.sourceIds), p.sources, p.locale) }}
      summary={countriesSummary(rows, sentenceContext(ctx, p.state.unit))}
      controls={
        <div className="figure__controls">
          <CheckboxGroup
            legend={p.t.controls.years}
            values={p.state.years}
            options={p.options.countryYears.map((y) => ({ value: y, label: String(y) }))}
            onChange={(years) => p.setView({ ...p.state, years })}
          />
          <CheckboxGroup
            legend={p.t.controls.countries}
            values={p.state.countries}
            options={COUNTRIES.map((c) => ({ value: c, label: p.t.partners[c] }))}
            onChange={(countries) => p.setView({ ...p.state, countries })}
          />
        </div>
      }
      chart={
        <>
          <WhenVisible placeholder={<ChartSlot t={p.t} />}>{chartElement}</WhenVisible>
        </>
      }
      table={
        <DataTable
          id="table-countries"
          caption={fill(p.t.table.caption, { title, unit: unitLabel(ctx) })}
          columns={tableColumns(ctx, { partner: true, share: true, sources: p.sources })}
          rows={shown}
        />
      }
      sourceLine={<SourceLine ids={shown.flatMap((r) => r.sourceIds)} sources={p.sources} locale={p.locale} t={p.t} />}
      csv={() => toCsv("countries", shown, ctx, p.basis)}
      filename={`china-central-asia-trade-by-country-${p.state.currency}`}
    />
  );
}
