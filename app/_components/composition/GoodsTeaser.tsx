import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { targetsMet, targetStatus } from "@/lib/trade/targets";
import panelStyles from "../ui/panel.module.css";

/** On the dashboard: one sentence and a link to the goods and targets page. */
export function GoodsTeaser({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const met = targetsMet(data.targets.map((x) => targetStatus(x, data.observations)));
  return (
    <section className={`${panelStyles.panel} ${panelStyles.wide}`} aria-labelledby="goods-teaser-heading">
      <h2 id="goods-teaser-heading">{t.goods.pageTitle}</h2>
      <p>{fill(t.goods.teaser, { met, count: data.targets.length })}</p>
      <p>
        <a href={`/${locale}/goods`}>{t.goods.teaserLink}</a>
      </p>
    </section>
  );
}
