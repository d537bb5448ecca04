import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "@/lib/view/cells";
import { FIGURE_MODELS } from "@/lib/view/figures";
import type { SourceLookup } from "@/lib/view/provenance";
import type { ViewState } from "@/lib/view/state";
import { ChartSlot } from "./ChartSlot";
import { tableColumns } from "./columns";
import { DataTable } from "./DataTable";
import { SourceLine } from "./SourceLine";

type Props = { locale: Locale; points: readonly TradePoint[]; state: ViewState; sources: SourceLookup };

/**
 * The default view as plain HTML, rendered on the server from the same figure models the browser
 * uses: what a reader sees before the data has arrived, and all a reader without JavaScript gets.
 * No controls: they would do nothing here.
 */
export function StaticDashboard({ locale, points, state, sources }: Props) {
  const t = messagesFor(locale);
  return (
    <>
      <div className="controls controls--placeholder" aria-hidden="true" />
      {FIGURE_MODELS.map((model) => {
        const rows = model.rows(points, state);
        const ctx: CellContext = { locale, t, currency: state.currency, scale: figureScale(rows, state.unit) };
        const shown = rows.filter(model.shown ?? ((r) => r.status !== null));
        const title = model.title(rows, state, t);
        return (
          <figure key={model.id} className="figure" id={`fig-${model.id}`} aria-labelledby={`fig-${model.id}-title`} aria-describedby={`fig-${model.id}-summary`}>
            <h2 id={`fig-${model.id}-title`}>{title}</h2>
            <div className="figure__summary">
              <span id={`fig-${model.id}-summary`} data-testid={`summary-${model.id}`}>
                {model.summary(rows, state, sentenceContext(ctx, state.unit))}
              </span>
            </div>
            <div className="chart-box">
              <ChartSlot t={t} />
            </div>
            <noscript>
              <p className="figure__nojs">{t.chartNeedsJs}</p>
            </noscript>
            <details className="figure__data">
              <summary>{t.showData}</summary>
              <DataTable
                id={`table-${model.id}`}
                caption={fill(t.table.caption, { title, unit: unitLabel(ctx) })}
                columns={tableColumns(ctx, { ...model.columns, sources, plain: true })}
                rows={shown}
              />
            </details>
            <figcaption>
              <SourceLine ids={shown.flatMap((r) => r.sourceIds)} sources={sources} locale={locale} t={t} />
            </figcaption>
          </figure>
        );
      })}
    </>
  );
}
