import { checkAnswer } from "@/lib/check/answer";
import { checkLink, sourceContext } from "@/lib/check/coverage";
import { textStyle } from "@/lib/check/numbers";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { messagesFor } from "@/lib/i18n/messages";

/**
 * Sentences to try, taken from the data (the article's and those of the figures "Why sources
 * disagree" cites), never typed here; each link reads it as its source's record does.
 */
export function CheckExamples({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const ids = [...new Set([data.context.article.sourceId, ...data.context.mirror.map((m) => m.sourceId)])];
  const examples = ids.flatMap((id) => {
    const text = data.sources.get(id)?.supports;
    if (!text) return [];
    const answer = checkAnswer(text, locale, data, sourceContext(data, id));
    return answer.claims.length ? [{ id, text, href: checkLink(locale, text, answer.claims) }] : [];
  });
  if (!examples.length) return null;
  return (
    <section aria-labelledby="check-examples">
      <h2 id="check-examples">{t.check.examples}</h2>
      <ul>
        {examples.map((e) => (
          <li key={e.id}>
            <a href={e.href} lang={textStyle(e.text)}>
              {e.text}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/${locale}/check/coverage`}>{t.check.coverageLink}</a>
      </p>
    </section>
  );
}
