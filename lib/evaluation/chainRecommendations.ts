import { recommend, type Recommendation } from "../analytics/recommendations.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { loadChainSnapshot } from "../db/queries/alerts/loadChainSnapshot.ts";
import { listLatestPredictions } from "../db/queries/predictions/listLatestPredictions.ts";
import { diskFullForecast } from "./diskFullForecast.ts";

/** Loads what the recommendation rules read about a chain, and runs them. */
export async function chainRecommendations(db: Db, chainId: string, now = new Date()): Promise<Recommendation[]> {
  const [snapshot, statuses, predictions] = await Promise.all([
    loadChainSnapshot(db, chainId),
    db.nodeChain.findMany({
      where: { chainId, node: { enabled: true } },
      select: { nodeId: true, node: { select: { status: true } } },
    }),
    listLatestPredictions(db, chainId),
  ]);
  const status = new Map(statuses.map((s) => [s.nodeId, s.node.status]));
  const newest = [...snapshot.samples].sort((a, b) => b.time.getTime() - a.time.getTime())[0];
  const total = newest?.metrics.diskTotalMb ?? null;
  const diskFull = newest ? await diskFullForecast(db, chainId, newest.nodeId, total, now) : null;
  return recommend(
    {
      chainId,
      latest: newest?.metrics ?? null,
      latestAt: newest?.time ?? null,
      nodes: snapshot.nodes.map((node) => ({ ...node, status: status.get(node.nodeId) ?? "unknown" })),
      headStalledSeconds: snapshot.headAdvancedAt ? (now.getTime() - snapshot.headAdvancedAt.getTime()) / 1000 : null,
      expectedBlockTimeSeconds: newest?.metrics.avgBlockTime ?? null,
      predictions: predictions.map((p) => ({
        metric: p.metric,
        value: p.value,
        lower: p.lower,
        upper: p.upper,
        horizonHours: p.horizonSeconds / 3600,
      })),
      daysUntilDiskFull: diskFull?.days ?? null,
      memoryTotalMb: newest?.metrics.memoryTotalMb ?? null,
      diskTotalMb: total,
    },
    now,
  );
}
