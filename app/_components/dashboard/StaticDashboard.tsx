import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import { textColumns } from "@/lib/view/columns";
import { FIGURE_MODELS, figureView } from "@/lib/view/figures";
import { escapeHtml, plainTableHtml } from "@/lib/view/plain-table";
import type { SourceLookup } from "@/lib/view/provenance";
import type { ViewState } from "@/lib/view/state";
import { ChartSlot } from "./ChartSlot";
import { SourceLine } from "./SourceLine";

type Props = { locale: Locale; points: readonly TradePoint[]; state: ViewState; sources: SourceLookup };

/**
 * The default view as plain HTML, rendered on the server from the same figure views the browser
 * uses: what a reader sees before the live dashboard has drawn, and all a reader without JavaScript
 * gets (the tables are in <noscript>). No controls: they would do nothing here.
 */
export function StaticDashboard({ locale, points, state, sources }: Props) {
  const t = messagesFor(locale);
  return (
    <>
      <div className="controls controls--placeholder" aria-hidden="true" />
      {FIGURE_MODELS.map((model) => {
        const v = figureView(model, points, state, { locale, t, currency: state.currency });
        const columns = textColumns(v.ctx, v.columns, false);
        const table = plainTableHtml({ id: `table-${model.id}`, caption: v.caption, headers: columns.map((c) => c.header), rows: v.shown.map((r) => columns.map((c) => c.text(r))) });
        return (
          <figure key={model.id} className="figure" id={`fig-${model.id}`} aria-labelledby={`fig-${model.id}-title`} aria-describedby={`fig-${model.id}-summary`}>
            <h2 id={`fig-${model.id}-title`}>{v.title}</h2>
            <div className="figure__summary">
              <span id={`fig-${model.id}-summary`} data-testid={`summary-${model.id}`}>
                {v.summary}
              </span>
            </div>
            <div className="chart-box">
              <ChartSlot t={t} />
            </div>
            {/* With scripting on, a browser keeps this as unparsed text: no DOM to build. */}
            <noscript dangerouslySetInnerHTML={{ __html: `<p class="figure__nojs">${escapeHtml(t.chartNeedsJs)}</p>${table}` }} />
            <figcaption>
              <SourceLine ids={v.sourceIds} sources={sources} locale={locale} t={t} />
            </figcaption>
          </figure>
        );
      })}
    </>
  );
}
