import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { CheckResponse } from "@/lib/schema/api-check";
import { checkText, type Override } from "./check";
import { claimJson } from "./json";
import type { ReadContext } from "./read";
import type { WordsData } from "./words";

/** The whole answer to a text, as GET /api/check gives it and the page renders it. */
export function checkAnswer(text: string, lang: Locale, data: WordsData, ctx: ReadContext = {}, overrides: readonly (Override | undefined)[] = []): CheckResponse {
  const t = messagesFor(lang);
  const claims = checkText(text, data, ctx, overrides).map((c) => claimJson(c, data, t, lang));
  return { text, lang, claims, note: claims.length ? null : t.check.noFigure };
}
