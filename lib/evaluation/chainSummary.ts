import type { Db } from "../db/createPrismaClient.ts";
import { getMetricStats } from "../db/queries/analytics/getMetricStats.ts";
import { getChain } from "../db/queries/chains/getChain.ts";
import { getLatestHealth } from "../db/queries/health/getLatestHealth.ts";
import { listAlerts } from "../db/queries/alerts/listAlerts.ts";

/** The reference system's chain summary, on stored history: statistics per node, latest sample, health, open alerts. */
export async function chainSummary(db: Db, chainId: string, range: { from: Date; to: Date; nodeId?: string }) {
  const chain = await getChain(db, chainId);
  const [stats, health, alerts] = await Promise.all([
    getMetricStats(db, chainId, range.from, range.to, range.nodeId),
    getLatestHealth(db, [chainId]),
    listAlerts(db, { chainId, state: ["pending", "firing"], limit: 100 }),
  ]);
  return {
    chainId,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    timeRangeHours: (range.to.getTime() - range.from.getTime()) / 3_600_000,
    dataPoints: stats.reduce((sum, node) => sum + node.samples, 0),
    latest: chain.latest,
    nodes: stats,
    health: health.get(chainId) ?? null,
    activeAlerts: alerts.alerts,
  };
}
