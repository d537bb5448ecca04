import type { Messages } from "@/lib/i18n/messages";
import type { ViewState } from "./state";

/** The link's settings that were not understood, in the reader's words ("mata uang, kurs"), not the URL's keys. */
export const invalidSettings = (keys: readonly (keyof ViewState)[], t: Messages): string => keys.map((k) => t.notice.settings[k]).join(", ");
