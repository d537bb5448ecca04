import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import { figureScale, sentenceContext, unitLabel, type CellContext } from "@/lib/view/cells";
import { FIGURE_MODELS } from "@/lib/view/figures";
import type { SourceLookup } from "@/lib/view/provenance";
import type { ViewState } from "@/lib/view/state";
import { ChartSlot } from "./ChartSlot";
import { plainColumns } from "./columns";
import { escapeHtml, plainTableHtml } from "@/lib/view/plain-table";
import type { FigureRow } from "@/lib/view/rows";
import type { Column } from "./DataTable";
import { SourceLine } from "./SourceLine";

type Props = { locale: Locale; points: readonly TradePoint[]; state: ViewState; sources: SourceLookup };

const hasFigure = (r: { status: unknown }) => r.status !== null;

/** Plain columns give text cells: the table is sent as one HTML string. */
function noscriptTable(id: string, caption: string, columns: readonly Column[], rows: readonly FigureRow[], note: string): string {
  const table = plainTableHtml({ id: `table-${id}`, caption, headers: columns.map((c) => c.header), rows: rows.map((r) => columns.map((c) => String(c.cell(r)))) });
  return `<p class="figure__nojs">${escapeHtml(note)}</p>${table}`;
}

/**
 * The default view as plain HTML, rendered on the server from the same figure models the browser
 * uses: what a reader sees before the live dashboard has drawn, and all a reader without JavaScript
 * gets (the tables are in <noscript>). No controls: they would do nothing here.
 */
export function StaticDashboard({ locale, points, state, sources }: Props) {
  const t = messagesFor(locale);
  return (
    <>
      <div className="controls controls--placeholder" aria-hidden="true" />
      {FIGURE_MODELS.map((model) => {
        const rows = model.rows(points, state);
        const ctx: CellContext = { locale, t, currency: state.currency, scale: figureScale(rows, state.unit) };
        const shown = rows.filter(model.shown ?? hasFigure);
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
            {/* With scripting on, a browser keeps this as unparsed text: no DOM to build. */}
            <noscript dangerouslySetInnerHTML={{ __html: noscriptTable(model.id, fill(t.table.caption, { title, unit: unitLabel(ctx) }), plainColumns(ctx, model.columns), shown, t.chartNeedsJs) }} />
            <figcaption>
              <SourceLine ids={shown.flatMap((r) => r.sourceIds)} sources={sources} locale={locale} t={t} />
            </figcaption>
          </figure>
        );
      })}
    </>
  );
}
