"use client";

import dynamic from "next/dynamic";
import { fill } from "@/lib/i18n/fill";
import { COUNTRIES } from "@/lib/schema/values";
import { unitLabel } from "@/lib/view/cells";
import { countriesChartData } from "@/lib/view/chart-data";
import { CheckboxGroup } from "./CheckboxGroup";
import { DataFigure, type ChartRenderer } from "./DataFigure";
import { figureModel } from "@/lib/view/figures";
import type { FigureProps } from "./types";

const CountriesChart = dynamic(() => import("../charts/CountriesChart"), { ssr: false, loading: () => null });

const model = figureModel("countries");
const chart: ChartRenderer = (rows, ctx, p) => (
  <CountriesChart data={countriesChartData(rows, ctx.scale)} countries={p.chart.state.countries} rows={rows} ctx={ctx} axisLabel={unitLabel(ctx)} sources={p.sources} />
);

export function CountriesFigure(p: FigureProps) {
  return (
    <DataFigure
      p={p}
      model={model}
      chart={chart}
      controls={
        <>
          <CheckboxGroup
            legend={p.t.controls.years}
            values={p.resolved.state.years}
            options={p.options.countryYears.filter((y) => y >= p.state.from && y <= p.state.to).map((y) => ({ value: y, label: String(y) }))}
            onChange={(years) => p.setView({ ...p.state, years })}
            earlier={{
              recent: 5,
              summary: (first, last, chosen) =>
                [fill(p.t.controls.earlierYears, { first: first.label, last: last.label }), chosen.length ? fill(p.t.controls.earlierChosen, { count: chosen.length, years: chosen.map((c) => c.label).join(", ") }) : ""].filter(Boolean).join(" · "),
            }}
          />
          <CheckboxGroup
            legend={p.t.controls.countries}
            values={p.state.countries}
            options={COUNTRIES.map((c) => ({ value: c, label: p.t.partners[c] }))}
            onChange={(countries) => p.setView({ ...p.state, countries })}
          />
        </>
      }
    />
  );
}
