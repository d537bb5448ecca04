import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatGrowth, formatMoney } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { div, sub } from "@/lib/money/ratio";
import { displaySeries, findFigure } from "@/lib/trade/series";
import { SourceLinks } from "./SourceLinks";
import panelStyles from "../ui/panel.module.css";

/** What the data says since the article, kept apart from what the article said. */
export function AfterArticle({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const series = displaySeries(data.observations);
  const period = data.context.after.period;
  const now = findFigure(series, period, "CA5", "total");
  const before = findFigure(series, String(Number(period) - 1), "CA5", "total");
  if (!now || !before || now.currency !== "USD" || before.currency !== "USD") return null;
  const change = sub(now.amount, before.amount);
  return (
    <section className={`${panelStyles.panel} ${panelStyles.wide} ${panelStyles.after}`} aria-labelledby="after-heading" id="after-article">
      <h2 id="after-heading">{t.after.heading}</h2>
      <p className={panelStyles.muted}>{t.after.intro}</p>
      <p data-testid="after-total">
        {fill(t.after.total, {
          year: period,
          value: formatMoney(now.amount, "USD", locale),
          change: formatMoney(change, "USD", locale, { signed: true }),
          percent: formatGrowth(div(change, before.amount), locale),
          prevYear: Number(period) - 1,
        })}
      </p>
      <p>{t.after.largest}</p>
      <SourceLinks ids={[now.sourceId, before.sourceId, data.context.after.largestPartnerSourceId]} sources={data.sources} locale={locale} t={t} />
    </section>
  );
}
