import type { Messages } from "@/lib/i18n/messages";
import { fill } from "@/lib/i18n/fill";
import type { CardView } from "./share-card";
import type { ViewState } from "./state";

/** The link's settings that were not understood, in the reader's words ("mata uang, kurs"), not the URL's keys. */
export const invalidSettings = (keys: readonly (keyof ViewState)[], t: Messages): string => keys.map((k) => t.notice.settings[k]).join(", ");

/** A view with its own prerendered copy (app/[lang]/v/[view]), whose HTML is still the default view's. */
export type CopyView = Exclude<CardView, "USD">;

/**
 * What a reader without JavaScript is told at the top: the page is prerendered, so its HTML is the
 * default view whatever the link asks for. On a rupiah or yuan link's copy it names the view asked
 * for, and that the numbers shown are the default view's US dollars instead.
 */
export function noScriptText(t: Messages, view: CopyView | null, from: number, to: number): string {
  return view ? fill(t.noScriptCopy, { view: t.noScriptViews[view], from, to }) : fill(t.noScriptView, { from, to });
}
