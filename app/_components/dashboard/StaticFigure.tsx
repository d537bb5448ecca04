import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import { textColumns } from "@/lib/view/columns";
import { figureView, type FigureModel } from "@/lib/view/figures";
import { escapeHtml, plainTableHtml } from "@/lib/view/plain-table";
import type { SourceLookup } from "@/lib/view/provenance";
import type { ResolvedView } from "@/lib/view/resolve";
import { FigureNotes } from "./FigureNotes";
import { ChartSlot } from "./ChartSlot";
import { SourceLine } from "./SourceLine";
import { figureIds } from "@/lib/view/figure-ids";
import { FigureHead } from "./FigureHead";
import tableStyles from "../ui/table.module.css";
import figureStyles from "./figure.module.css";

/**
 * `onPage`: the sources the page lists; an embed lists none, so its source links lead to the sources
 * page. `framed`: in an embed, whose links open outside the frame.
 */
type Props = { locale: Locale; model: FigureModel; points: readonly TradePoint[]; resolved: ResolvedView; sources: SourceLookup; onPage?: ReadonlySet<string>; framed?: boolean };

/**
 * One figure of the default view as plain HTML: title, summary, an empty chart slot, the table in
 * <noscript> for readers without JavaScript, and the source line. The page and the embeds use it.
 */
export function StaticFigure({ locale, model, points, resolved, sources, onPage, framed }: Props) {
  const t = messagesFor(locale);
  const v = figureView(model, points, resolved, { locale, t, currency: resolved.state.currency }, { sources });
  const columns = textColumns(v.ctx, v.columns, false);
  const ids = figureIds(model.id);
  const table = plainTableHtml(
    { id: ids.table, caption: v.caption, headers: columns.map((c) => c.header), rows: v.shown.map((r) => columns.map((c) => c.text(r))) },
    { wrap: tableStyles.wrap, table: `${tableStyles.table} ${tableStyles.plain}` },
  );
  return (
    <figure className={figureStyles.figure} id={ids.figure} aria-labelledby={ids.title} aria-describedby={ids.summary}>
      <FigureHead id={model.id} title={v.title} summary={v.summary} />
      <div className={figureStyles.chartBox} data-testid="chart-box">
        <ChartSlot t={t} />
      </div>
      {/* With scripting on, a browser keeps this as unparsed text: no DOM to build. */}
      <noscript dangerouslySetInnerHTML={{ __html: `<p>${escapeHtml(t.chartNeedsJs)}</p>${table}` }} />
      <figcaption>
        <FigureNotes notes={v.notes} locale={locale} framed={framed} />
        <SourceLine ids={v.sourceIds} sources={sources} locale={locale} t={t} onPage={onPage} framed={framed} />
      </figcaption>
    </figure>
  );
}
