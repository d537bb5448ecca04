"use client";

import dynamic from "next/dynamic";
import { COUNTRIES } from "@/lib/schema/values";
import { unitLabel } from "@/lib/view/cells";
import { countriesChartData } from "@/lib/view/chart-data";
import { countryRows } from "@/lib/view/rows";
import { countriesSummary } from "@/lib/view/summaries";
import { CheckboxGroup } from "./CheckboxGroup";
import { DataFigure, type FigureSpec } from "./DataFigure";
import type { FigureProps } from "./types";

const CountriesChart = dynamic(() => import("../charts/CountriesChart"), { ssr: false, loading: () => null });

const spec: FigureSpec = {
  id: "countries",
  rows: (points, state) => countryRows(points, state),
  columns: { partner: true, share: true },
  chart: (rows, ctx, p) => (
    <CountriesChart data={countriesChartData(rows, ctx.scale)} countries={p.chart.state.countries} rows={rows} ctx={ctx} axisLabel={unitLabel(ctx)} sources={p.sources} />
  ),
};

export function CountriesFigure(p: FigureProps) {
  return (
    <DataFigure
      p={p}
      spec={spec}
      extra={undefined}
      title={() => p.t.figures.countries}
      summary={countriesSummary}
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
      filename={`china-central-asia-trade-by-country-${p.state.currency}`}
    />
  );
}
