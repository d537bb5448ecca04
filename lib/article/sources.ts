import type { Context } from "@/lib/schema/context";

/** Every source the context panels cite, so the page's source list has an entry for each. */
export function contextSourceIds(context: Context): string[] {
  return [
    context.article.sourceId,
    ...context.events.flatMap((e) => e.sourceIds),
    ...context.talks.sourceIds,
    ...context.belt.sourceIds,
    ...context.experts.map((e) => e.sourceId),
    ...context.mirror.map((m) => m.sourceId),
    context.after.largestPartnerSourceId,
  ];
}
