import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import type { Partner, RateBasis } from "@/lib/schema/primitives";
import type { CellContext } from "@/lib/view/cells";
import type { ViewOptions, ViewState } from "@/lib/view/state";

import type { SourceLookup } from "@/lib/view/provenance";

export type DashboardOptions = ViewOptions & { flowPartners: Partner[]; pageSources: readonly string[] };

/** What every figure gets: the view, the data in the view's currency, and a way to change the view. */
export type FigureProps = {
  locale: Locale;
  t: Messages;
  state: ViewState;
  points: readonly TradePoint[];
  sources: SourceLookup;
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
