import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { noScriptText, type CopyView } from "@/lib/view/notice";
import noticeStyles from "./ui/notice.module.css";

/**
 * The pages are prerendered once, so the server cannot read the address: without JavaScript, a
 * link to another view (?currency=IDR…) shows the default one. Said at the top, where the reader
 * starts, naming the view a rupiah or yuan link's copy was asked for; with JavaScript, the
 * address's view is drawn and this is never shown.
 */
export function NoScriptNotice({ locale, from, to, view = null }: { locale: Locale; from: number; to: number; view?: CopyView | null }) {
  return (
    <noscript>
      <p className={`${noticeStyles.notice} ${noticeStyles.nojs}`} data-testid="nojs-notice">
        {noScriptText(messagesFor(locale), view, from, to)}
      </p>
    </noscript>
  );
}
