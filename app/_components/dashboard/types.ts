import type { Locale } from "@/lib/format/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { TradePoint } from "@/lib/schema/api";
import type { Partner, RateBasis } from "@/lib/schema/primitives";
import type { CellContext } from "@/lib/view/cells";
import type { ViewOptions, ViewState } from "@/lib/view/state";
import type { ResolvedView } from "@/lib/view/resolve";

import type { SourceLookup } from "@/lib/view/provenance";

/** `articleRate`: where "your rate" starts, as canonical decimal text. */
export type DashboardOptions = ViewOptions & { flowPartners: Partner[]; pageSources: readonly string[]; articleRate: string };

export type SetView = (next: ViewState, how?: { replace?: boolean }) => void;

/** What every figure gets: the view, the data in the view's currency, and a way to change the view. */
export type FigureProps = {
  locale: Locale;
  t: Messages;
  state: ViewState;
  /** What each figure shows in this view (lib/view/resolve.ts), decided once for all of them. */
  resolved: ResolvedView;
  points: readonly TradePoint[];
  sources: SourceLookup;
  options: DashboardOptions;
  basis: RateBasis;
  setView: SetView;
  ctxBase: Omit<CellContext, "scale">;
  /**
   * The view and data the charts draw: a deferred copy, so a toggle updates every number at once
   * and the charts follow in a render that does not block the click.
   */
  chart: { state: ViewState; points: readonly TradePoint[]; resolved: ResolvedView };
};
