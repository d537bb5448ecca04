import { notFound } from "next/navigation";
import { Dashboard } from "@/app/_components/dashboard/Dashboard";
import { Headline } from "@/app/_components/Headline";
import { SiteFooter } from "@/app/_components/SiteFooter";
import { SiteHeader } from "@/app/_components/SiteHeader";
import { SourceList } from "@/app/_components/SourceList";
import { getDataset } from "@/lib/data/load";
import { isLocale } from "@/lib/format/locale";
import { dashboardData } from "@/lib/trade/dashboard-data";
import { headline } from "@/lib/trade/headline";
import { sourceLookup } from "@/lib/view/provenance";

export default async function DashboardPage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const data = getDataset();
  const h = headline(data);
  const dash = dashboardData(data);
  const cited = [h.total.sourceId, h.previous.sourceId, h.rate.sourceId, ...Object.keys(dash.sources)];
  return (
    <>
      <SiteHeader locale={lang} />
      <main id="main" className="page">
        <Headline locale={lang} headline={h} data={data} sources={sourceLookup(data.sources)} />
        <Dashboard locale={lang} fallback={dash.fallback} sources={dash.sources} options={dash.options} />
        <SourceList locale={lang} ids={cited} sources={data.sources} />
      </main>
      <SiteFooter locale={lang} sources={data.sources} />
    </>
  );
}
