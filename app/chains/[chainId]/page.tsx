import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AlertTable } from "@/components/alerts/AlertTable.tsx";
import { AutoRefresh } from "@/components/AutoRefresh.tsx";
import { ChainCharts } from "@/components/ChainCharts.tsx";
import { ChainTitle } from "@/components/ChainTitle.tsx";
import { HealthCard } from "@/components/chain/HealthCard.tsx";
import { PredictionTable } from "@/components/chain/PredictionTable.tsx";
import { RecommendationList } from "@/components/chain/RecommendationList.tsx";
import { SummaryTable } from "@/components/chain/SummaryTable.tsx";
import { chainIdSchema } from "@/lib/api/schemas/common.ts";
import { requireReadAccess, viewerAccess } from "@/lib/auth/pageAccess.ts";
import { getDatabase } from "@/lib/db/getDatabase.ts";
import { listAlerts } from "@/lib/db/queries/alerts/listAlerts.ts";
import { listChains } from "@/lib/db/queries/chains/listChains.ts";
import { getPredictionAccuracy } from "@/lib/db/queries/predictions/getPredictionAccuracy.ts";
import { listLatestPredictions } from "@/lib/db/queries/predictions/listLatestPredictions.ts";
import { chainRecommendations } from "@/lib/evaluation/chainRecommendations.ts";
import { chainSummary } from "@/lib/evaluation/chainSummary.ts";
import { diskFullForecast } from "@/lib/evaluation/diskFullForecast.ts";
import { parseRange, RANGES } from "./searchParams.ts";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ chainId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function loadChain(rawId: string) {
  const chainId = chainIdSchema.safeParse(decodeURIComponent(rawId));
  if (!chainId.success) return null;
  const { prisma: db } = await getDatabase();
  return (await listChains(db, chainId.data))[0] ?? null;
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
  // Access first, so a 404 does not tell strangers which chain ids exist.
  const canWrite = (await requireReadAccess(db, `/chains/${encodeURIComponent(rawId)}`)) === "admin";
  const chain = await loadChain(rawId);
  if (!chain) notFound();
  const range = parseRange((await searchParams).range);
  const to = new Date();
  const from = new Date(to.getTime() - RANGES[range] * 1000);
  const [summary, recommendations, predictions, accuracy, alerts, diskFull] = await Promise.all([
    chainSummary(db, chain.id, { from, to }),
    chainRecommendations(db, chain.id, to),
    listLatestPredictions(db, chain.id),
    getPredictionAccuracy(db, chain.id),
    listAlerts(db, { chainId: chain.id, limit: 20 }),
    chain.latest ? diskFullForecast(db, chain.id, chain.latest.nodeId, chain.latest.diskTotalMb, to) : null,
  ]);
  return (
    <div className="space-y-6">
      <AutoRefresh />
      <div>
        <ChainTitle chainId={chain.id} name={chain.name} canRename={canWrite} />
        <p className="text-sm text-slate-500 dark:text-slate-400">
          {chain.type ?? "unknown type"} · {chain.nodesUp} of {chain.nodeCount} nodes up · head{" "}
          {chain.headHeight?.toLocaleString("en-US") ?? "unknown"}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <HealthCard health={summary.health} />
        <RecommendationList recommendations={recommendations} />
      </div>
      <ChainCharts chainId={chain.id} range={range} rangeSeconds={RANGES[range]} />
      <section aria-labelledby="chain-alerts-heading" className="space-y-2">
        <h2 id="chain-alerts-heading" className="font-medium">
          Alerts
        </h2>
        <AlertTable alerts={alerts.alerts} actions={canWrite} />
      </section>
      <PredictionTable predictions={predictions} accuracy={accuracy} daysUntilDiskFull={diskFull?.days ?? null} />
      <SummaryTable nodes={summary.nodes} hours={summary.timeRangeHours} />
    </div>
  );
}
