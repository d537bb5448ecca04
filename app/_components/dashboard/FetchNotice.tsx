import { fill } from "@/lib/i18n/fill";
import type { ViewState } from "@/lib/view/state";
import type { Messages } from "@/lib/i18n/messages";
import { invalidSettings } from "@/lib/view/notice";
import controlStyles from "../ui/control.module.css";
import noticeStyles from "../ui/notice.module.css";
import styles from "./FetchNotice.module.css";

type Props = { t: Messages; invalid: readonly (keyof ViewState)[]; failed: boolean; retrying: boolean; onRetry: () => void };

export function FetchNotice({ t, invalid, failed, retrying, onRetry }: Props) {
  return (
    <div aria-live="polite" className={styles.notices} data-testid="notices">
      {invalid.length > 0 && (
        <p className={noticeStyles.notice} role="status">
          {fill(t.notice.invalid, { params: invalidSettings(invalid, t) })}
        </p>
      )}
      {failed && (
        <p className={`${noticeStyles.notice} ${noticeStyles.error}`} role="alert">
          {t.notice.fetchFailed}{" "}
          <button type="button" onClick={onRetry} disabled={retrying} className={controlStyles.button}>
            {t.notice.retry}
          </button>
        </p>
      )}
    </div>
  );
}
