import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import noticeStyles from "./ui/notice.module.css";

/**
 * The pages are prerendered once, so the server cannot read the address: without JavaScript, a
 * link to another view (?currency=IDR…) shows the default one. Said at the top, where the reader
 * starts; with JavaScript, the address's view is drawn and this is never shown.
 */
export function NoScriptNotice({ locale, from, to }: { locale: Locale; from: number; to: number }) {
  return (
    <noscript>
      <p className={`${noticeStyles.notice} ${noticeStyles.nojs}`} data-testid="nojs-notice">{fill(messagesFor(locale).noScriptView, { from, to })}</p>
    </noscript>
  );
}
