import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatMoney, formatPercent, formatShare } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import type { Product } from "@/lib/data/types";
import { kazakhChapters, region2025, shareOf, turkmenGas } from "@/lib/view/composition";
import { productCell, productMoney, productName } from "@/lib/view/goods-provenance";
import { sourceLookup } from "@/lib/view/provenance";
import { refOf } from "@/lib/view/provenance-keys";
import { div, parseDecimal, ratio, toNumber } from "@/lib/money/ratio";
import { ProvenanceRefButton } from "../ProvenanceRefButton";
import { SourceLine } from "../dashboard/SourceLine";
import { SectionTable } from "./SectionTable";
import panelStyles from "../ui/panel.module.css";
import tableStyles from "../ui/table.module.css";
import styles from "./WhatIsTraded.module.css";

/** "What is traded": the goods behind the totals, as far as the sources go. Server-rendered, no script needed. */
export function WhatIsTraded({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const sources = sourceLookup(data.sources);
  const { total, chapters } = kazakhChapters(data.products);
  const name = (p: Product) => productName(p, locale);
  const money = (p: Product) => productMoney(p, locale);
  const shares = chapters.map((c) => shareOf(c, total));
  const pct = (i: number) => {
    const s = shares[i];
    return s ? formatShare(s, locale) : "—";
  };
  const [a, b, c] = chapters;
  // Product names start with a capital in a table and not inside a sentence.
  const inSentence = (text: string) => text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
  const sharePercent = (text: string) => formatPercent(div(parseDecimal(text), ratio(100n)), locale, false, 2);
  const gas = turkmenGas(data.products);
  const biggest = gas.find((g) => g.sharePercent !== undefined && g.year === "2022") ?? gas.find((g) => g.sharePercent !== undefined);
  const region = region2025(data.products);
  const value = (p: Product) => {
    const cell = productCell(p, sources, locale);
    return <ProvenanceRefButton provRef={refOf(cell.keyed, locale)} text={cell.text} />;
  };
  return (
    <section className={`${panelStyles.panel} ${panelStyles.wide}`} aria-labelledby="goods-heading">
      <h2 id="goods-heading">{t.goods.heading}</h2>
      <p>{t.goods.intro}</p>

      <figure className={styles.figure} aria-labelledby="goods-kaz-title">
        <h3 id="goods-kaz-title">{t.goods.kazTitle}</h3>
        {a && b && c && total?.amountUsd && (
          <p data-testid="summary-goods">
            {fill(t.goods.kazSummary, { first: inSentence(name(a)), firstShare: pct(0), firstValue: money(a), total: formatMoney(total.amountUsd, "USD", locale), second: inSentence(name(b)), secondShare: pct(1), third: inSentence(name(c)), thirdShare: pct(2) })}
          </p>
        )}
        <SectionTable caption={t.goods.kazTitle} columns={[{ label: t.goods.product }, { label: t.goods.value, numeric: true }, { label: t.goods.share, numeric: true }]}>
          {chapters.map((p, i) => (
            <tr key={p.code}>
              <th scope="row">
                {name(p)} <span className={styles.code}>{p.code}</span>
              </th>
              <td className={tableStyles.num}>{value(p)}</td>
              <td className={`${tableStyles.num} ${styles.share}`}>
                <span className={styles.bar} aria-hidden="true" style={{ width: `${Math.max(0.5, toNumber(shares[i] ?? { num: 0n, den: 1n }) * 100).toFixed(1)}%` }} />
                <span>{pct(i)}</span>
              </td>
            </tr>
          ))}
        </SectionTable>
        <figcaption>
          <p>{t.goods.kazSource}</p>
          <SourceLine ids={total ? [total.sourceId] : []} sources={sources} locale={locale} t={t} />
          <p>
            {/* A CSV file, not a page: a plain link. */}
            <a href="/api/composition.csv?partner=KAZ&year=2021&flow=export">{t.goods.kazCsv}</a>
          </p>
        </figcaption>
      </figure>

      <figure className={styles.figure} aria-labelledby="goods-tkm-title">
        <h3 id="goods-tkm-title">{t.goods.tkmTitle}</h3>
        {biggest?.sharePercent && <p>{fill(t.goods.tkmSummary, { share: sharePercent(biggest.sharePercent), year: biggest.year })}</p>}
        <SectionTable caption={t.goods.tkmTitle} columns={[{ label: t.goods.period }, { label: t.goods.asStated }, { label: t.goods.value, numeric: true }, { label: t.goods.share, numeric: true }]}>
          {gas.map((p) => (
            <tr key={`${p.year}-${p.product}`}>
              <th scope="row">{p.year}</th>
              <td lang={locale === "en" ? undefined : "en"}>{p.product}</td>
              <td className={tableStyles.num}>{value(p)}</td>
              <td className={tableStyles.num}>{p.sharePercent ? sharePercent(p.sharePercent) : "—"}</td>
            </tr>
          ))}
        </SectionTable>
        <figcaption>
          <SourceLine ids={gas.map((g) => g.sourceId)} sources={sources} locale={locale} t={t} />
        </figcaption>
      </figure>

      <div className={styles.figure}>
        <h3>{t.goods.regionTitle}</h3>
        {region.exports?.amountUsd && region.imports?.amountUsd && (
          <p>{fill(t.goods.regionText, { exports: formatMoney(region.exports.amountUsd, "USD", locale), imports: formatMoney(region.imports.amountUsd, "USD", locale) })}</p>
        )}
        <ul lang={locale === "en" ? undefined : "en"}>
          {[region.exports, region.imports, ...region.named].flatMap((p) => (p ? [<li key={p.product}>{p.product}</li>] : []))}
        </ul>
        <SourceLine ids={[region.exports, region.imports, ...region.named].flatMap((p) => (p ? [p.sourceId] : []))} sources={sources} locale={locale} t={t} />
      </div>
      <p className={styles.unknown}>{t.goods.unknown}</p>
    </section>
  );
}
