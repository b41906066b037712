import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AlertTable } from "@/components/alerts/AlertTable.tsx";
import { AutoRefresh } from "@/components/AutoRefresh.tsx";
import { ChainCharts } from "@/components/chain/ChainCharts.tsx";
import { ChainNodeTable } from "@/components/chain/ChainNodeTable.tsx";
import { parseChainView, viewWindow, type ChainView } from "@/components/chain/chainView.ts";
import { ChainTitle } from "@/components/ChainTitle.tsx";
import { HealthCard } from "@/components/chain/HealthCard.tsx";
import { PredictionTable } from "@/components/chain/PredictionTable.tsx";
import { RecommendationList } from "@/components/chain/RecommendationList.tsx";
import { SummaryTable } from "@/components/chain/SummaryTable.tsx";
import { LastUpdated } from "@/components/live/LastUpdated.tsx";
import { ChainSkeleton } from "@/components/skeletons/ChainSkeleton.tsx";
import type { ChainDto } from "@/lib/api/schemas/chains.ts";
import type { Db } from "@/lib/db/createPrismaClient.ts";
import { requireReadAccess, viewerAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { listAlerts } from "@/lib/db/queries/alerts/listAlerts.ts";
import { getHealthHistory } from "@/lib/db/queries/health/getHealthHistory.ts";
import { getMetricSeriesMany } from "@/lib/db/queries/metrics/getMetricSeries.ts";
import { listNodes } from "@/lib/db/queries/nodes/listNodes.ts";
import { getPredictionAccuracy } from "@/lib/db/queries/predictions/getPredictionAccuracy.ts";
import { listLatestPredictions } from "@/lib/db/queries/predictions/listLatestPredictions.ts";
import { chainRecommendations } from "@/lib/evaluation/chainRecommendations.ts";
import { chainSummary } from "@/lib/evaluation/chainSummary.ts";
import { diskFullForecast } from "@/lib/evaluation/diskFullForecast.ts";
import { forecastsByMetric } from "./forecastsByMetric.ts";
import { loadChain } from "./loadChain.ts";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ chainId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Previews say nothing to those who may not read the page.
  if ((await viewerAccess((await getDatabase()).prisma)) === "none") return { title: "ChainPulse" };
  const chain = await loadChain((await params).chainId);
  if (!chain) return { title: "Chain not found" };
  // A shared link previews with what the chain is doing now.
  const facts = [
    `${chain.nodesUp} of ${chain.nodeCount} nodes up`,
    chain.headHeight === null ? null : `height ${chain.headHeight.toLocaleString("en-US")}`,
    chain.latest?.tps == null ? null : `${chain.latest.tps.toFixed(2)} TPS`,
  ].filter(Boolean);
  const description = `${chain.name} (${chain.type ?? "unknown type"}): ${facts.join(", ")}.`;
  return {
    title: chain.name,
    description,
    openGraph: { title: `${chain.name} · ChainPulse`, description, type: "website" },
  };
}

export default async function ChainPage({ params, searchParams }: Props) {
  const rawId = (await params).chainId;
  const { prisma: db } = await getDatabase();
  // layout.tsx has already turned strangers away and unknown chains into a 404 (outside the loading
  // boundary, where redirects and status codes are still real); here only the viewer's rights matter.
  const canWrite = (await requireReadAccess(db, `/chains/${encodeURIComponent(rawId)}`)) === "admin";
  const chain = await loadChain(rawId);
  if (!chain) notFound();
  const view = parseChainView(await searchParams);
  // The whole page, charts included, is read again at the chain's collection interval (not faster than every 5 s).
  const refreshMs = Math.max(5, chain.collectionIntervalSeconds ?? 15) * 1000;
  return (
    <div className="space-y-6">
      <AutoRefresh intervalMs={refreshMs} />
      <div className="space-y-1">
        <ChainTitle chainId={chain.id} name={chain.name} canRename={canWrite} />
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {chain.type ?? "unknown type"} · {chain.nodesUp} of {chain.nodeCount} nodes up · head{" "}
          {chain.headHeight?.toLocaleString("en-US") ?? "unknown"}
        </p>
        <LastUpdated lastSampleAt={chain.latest?.time} intervalSeconds={chain.collectionIntervalSeconds} />
      </div>
      {view.problem ? (
        <p
          role="status"
          className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {view.problem}
        </p>
      ) : null}
      <Suspense fallback={<ChainSkeleton />}>
        <ChainContent db={db} chain={chain} view={view} canWrite={canWrite} />
      </Suspense>
    </div>
  );
}

/** Everything below the title: read for the chosen window, streamed in behind a skeleton. */
async function ChainContent({
  db,
  chain,
  view,
  canWrite,
}: {
  db: Db;
  chain: ChainDto;
  view: ChainView;
  canWrite: boolean;
}) {
  const now = new Date().getTime();
  const { from, to } = viewWindow(view, now);
  const shownMetrics = view.charts.filter((chart) => chart !== "health");
  const [summary, recommendations, predictions, accuracy, alerts, diskFull, nodes, series, health] = await Promise.all([
    chainSummary(db, chain.id, { from, to }),
    chainRecommendations(db, chain.id, to),
    listLatestPredictions(db, chain.id),
    getPredictionAccuracy(db, chain.id),
    listAlerts(db, { chainId: chain.id, limit: 20 }),
    chain.latest ? diskFullForecast(db, chain.id, chain.latest.nodeId, chain.latest.diskTotalMb, to) : null,
    listNodes(db, { chainId: chain.id }),
    // The first view arrives drawn: every chosen chart's data is read here, in one pass over the samples.
    getMetricSeriesMany(db, chain.id, shownMetrics, { from, to }),
    view.charts.includes("health") ? getHealthHistory(db, chain.id, from, to) : null,
  ]);
  return (
    <>
      <div className="grid gap-4 lg:grid-cols-2">
        <HealthCard health={summary.health} />
        <RecommendationList recommendations={recommendations} />
      </div>
      <ChainCharts
        chainId={chain.id}
        chainType={chain.type}
        range={view.range}
        charts={view.charts}
        span={{ from: from.toISOString(), to: to.toISOString() }}
        server={{ at: now, series: Object.fromEntries(series.map((s) => [s.metric, s])), health }}
        forecasts={forecastsByMetric(predictions)}
        intervalSeconds={chain.collectionIntervalSeconds ?? 15}
      />
      <ChainNodeTable chainId={chain.id} nodes={nodes} now={now} />
      <section aria-labelledby="chain-alerts-heading" className="space-y-2">
        <h2 id="chain-alerts-heading" className="font-medium">
          Alerts
        </h2>
        <AlertTable alerts={alerts.alerts} actions={canWrite} />
      </section>
      <PredictionTable predictions={predictions} accuracy={accuracy} daysUntilDiskFull={diskFull?.days ?? null} />
      <SummaryTable nodes={summary.nodes} hours={summary.timeRangeHours} />
    </>
  );
}
