import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import type { Partner, RateBasis } from "@/lib/schema/primitives";
import type { CellContext } from "@/lib/view/cells";
import type { ViewOptions, ViewState } from "@/lib/view/state";

/** What a source line and a provenance note need to know of a source. */
export type SourceInfo = { id: string; publisher: string; title: string; published: string | null; url: string };

export type DashboardOptions = ViewOptions & { flowPartners: Partner[] };

/** What every figure gets: the view, the data in the view's currency, and a way to change the view. */
export type FigureProps = {
  locale: Locale;
  t: Messages;
  state: ViewState;
  points: readonly TradePoint[];
  sources: Readonly<Record<string, SourceInfo>>;
  options: DashboardOptions;
  basis: RateBasis;
  setView: (next: ViewState) => void;
  ctxBase: Omit<CellContext, "scale">;
  /**
   * The view and data the charts draw: a deferred copy, so a toggle updates every number at once
   * and the charts follow in a render that does not block the click.
   */
  chart: { state: ViewState; points: readonly TradePoint[] };
};
