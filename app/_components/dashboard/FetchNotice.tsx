import { fill } from "@/lib/i18n/fill";
import type { ViewState } from "@/lib/view/state";
import type { Messages } from "@/lib/i18n/messages";
import { invalidSettings } from "@/lib/view/notice";

type Props = { t: Messages; invalid: readonly (keyof ViewState)[]; failed: boolean; retrying: boolean; onRetry: () => void };

export function FetchNotice({ t, invalid, failed, retrying, onRetry }: Props) {
  return (
    <div aria-live="polite" className="notices">
      {invalid.length > 0 && (
        <p className="notice" role="status">
          {fill(t.notice.invalid, { params: invalidSettings(invalid, t) })}
        </p>
      )}
      {failed && (
        <p className="notice notice--error" role="alert">
          {t.notice.fetchFailed}{" "}
          <button type="button" onClick={onRetry} disabled={retrying} className="button">
            {t.notice.retry}
          </button>
        </p>
      )}
    </div>
  );
}
