import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/format/locale";
import { formatGrowth, formatMoney, formatPercent } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import { messagesFor } from "@/lib/i18n/messages";
import { targetsMet, targetStatus } from "@/lib/trade/targets";
import { noteLine, provenanceLabel, sourceEntries, sourceLookup } from "@/lib/view/provenance";
import { targetChartGeometry } from "@/lib/view/target-chart";
import { CHINA_PARTNERS } from "@/lib/schema/values";
import { ProvenanceButton } from "../ProvenanceButton";
import { SourceLine } from "../dashboard/SourceLine";
import { SectionTable } from "./SectionTable";
import { TargetChart } from "./TargetChart";
import panelStyles from "../ui/panel.module.css";
import tableStyles from "../ui/table.module.css";
import styles from "./TargetsRecord.module.css";

const FROM = 2012;

/** "Targets and the record": every announced target against China's figures for the pair. */
export function TargetsRecord({ locale, data }: { locale: Locale; data: Dataset }) {
  const t = messagesFor(locale);
  const sources = sourceLookup(data.sources);
  const statuses = data.targets.map((x) => targetStatus(x, data.observations));
  const partners = CHINA_PARTNERS.filter((p) => statuses.some((s) => s.target.partner === p));
  const pct = (r: Parameters<typeof formatPercent>[0] | null | undefined) => (r ? formatGrowth(r, locale) : "—");
  const met = targetsMet(statuses);
  // The sources' own words are English in data/: marked as such on the Indonesian page.
  const asStated = (value: string) => ({ value, ...(locale === "en" ? {} : { lang: "en" }) });
  return (
    <section className={`${panelStyles.panel} ${panelStyles.wide}`} aria-labelledby="targets-heading">
      <h2 id="targets-heading">{t.targets.heading}</h2>
      <p>{t.targets.intro}</p>
      <p data-testid="summary-targets">{fill(t.targets.summary, { count: statuses.length, met })}</p>
      <div className={styles.charts}>
        {partners.map((p) => {
          const own = statuses.filter((s) => s.target.partner === p);
          const series = own[0]?.series ?? [];
          const to = series.at(-1)?.year ?? FROM;
          const g = targetChartGeometry({ series, targets: own.map((s) => ({ usd: s.target.amount, year: s.target.targetYear })), from: FROM, to });
          return (
            <figure key={p} className={styles.chart}>
              <figcaption>{t.partners[p]}</figcaption>
              <TargetChart g={g} locale={locale} from={FROM} to={to} label={fill(t.targets.chartLabel, { pair: t.partners[p], from: FROM, to })} />
            </figure>
          );
        })}
      </div>
      <SectionTable
        caption={t.targets.heading}
        regionLabel={`${t.targets.heading}: ${t.tabs.table}`}
        className={styles.wrapHeadings}
        columns={[{ label: t.targets.pair }, { label: t.targets.target }, { label: t.targets.announced }, { label: t.targets.reached }, { label: t.targets.needed, numeric: true }, { label: t.targets.recent, numeric: true }]}
      >
        {statuses.map((s) => {
          const x = s.target;
          const target = x.targetYear ? fill(t.targets.by, { value: x.value, year: x.targetYear }) : `${fill(t.targets.noDeadline, { value: x.value })} (${t.targets.noYear})`;
          const reached =
            s.reachedIn === null ? (s.missed ? fill(t.targets.missed, { deadline: x.targetYear ?? "" }) : t.targets.notYet) : s.late ? fill(t.targets.late, { year: s.reachedIn, deadline: x.targetYear ?? "" }) : String(s.reachedIn);
          const year = s.reachedIn ? s.series.find((p) => p.year === s.reachedIn) : null;
          const heading = `${t.partners[x.partner]}: ${target}`;
          const provenance = {
            heading,
            lines: [
              { label: t.targets.announced, ...asStated(x.announced) },
              ...(x.targetYearAsStated ? [{ label: t.provenance.stated, ...asStated(x.targetYearAsStated) }] : []),
              ...(year ? [{ label: t.targets.reached, value: `${year.year}: ${formatMoney(year.usd, "USD", locale)}` }] : []),
              ...(s.latest ? [{ label: t.table.period, value: `${s.latest.year}: ${formatMoney(s.latest.usd, "USD", locale)}` }] : []),
              ...[noteLine(x, locale)].flatMap((note) => (note ? [{ label: t.provenance.note, ...note }] : [])),
            ],
            sources: sourceEntries([x.sourceId, ...(year ? [year.sourceId] : []), ...(s.latest ? [s.series.at(-1)?.sourceId ?? ""] : [])], sources, locale),
          };
          return (
            <tr key={`${x.partner}-${x.value}-${x.sourceId}`} data-key={`${x.partner}-${x.value}-${x.targetYear ?? "none"}`}>
              <th scope="row">{t.partners[x.partner]}</th>
              <td>
                <ProvenanceButton lazy provenance={provenance} label={provenanceLabel(t, target)} closeText={t.provenance.close}>
                  {target}
                </ProvenanceButton>
              </td>
              <td lang={locale === "en" ? undefined : "en"}>{x.announced}</td>
              <td data-col="reached">{reached}</td>
              <td className={tableStyles.num} data-col="needed">
                {pct(s.neededGrowth)}
              </td>
              <td className={tableStyles.num} data-col="recent">
                {s.recentGrowth ? `${pct(s.recentGrowth.rate)} (${s.recentGrowth.from}–${s.recentGrowth.to})` : "—"}
              </td>
            </tr>
          );
        })}
      </SectionTable>
      <SourceLine ids={data.targets.map((x) => x.sourceId)} sources={sources} locale={locale} t={t} />
      <p>
        {/* A CSV file, not a page: a plain link. */}
        <a href="/api/targets.csv">{t.targets.csv}</a>
      </p>
    </section>
  );
}
