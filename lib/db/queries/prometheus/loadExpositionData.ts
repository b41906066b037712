import type { ExpositionData } from "../../../prometheus/buildMetricFamilies.ts";
import type { Db } from "../../createPrismaClient.ts";
import { countOpenAlerts } from "../alerts/countOpenAlerts.ts";
import { listChains } from "../chains/listChains.ts";
import { getLatestHealth } from "../health/getLatestHealth.ts";
import { listNodes } from "../nodes/listNodes.ts";

/** What /metrics shows, read with the queries the API already uses. */
export async function loadExpositionData(db: Db): Promise<ExpositionData> {
  const [chains, nodes, openAlerts] = await Promise.all([listChains(db), listNodes(db), countOpenAlerts(db)]);
  const health = await getLatestHealth(
    db,
    chains.map((chain) => chain.id),
  );
  return {
    chains: chains.map((chain) => ({
      id: chain.id,
      name: chain.name,
      type: chain.type,
      healthScore: health.get(chain.id)?.score ?? null,
      tps: chain.latest?.tps ?? null,
      avgBlockTimeSeconds: chain.latest?.avgBlockTime ?? null,
      headHeight: chain.headHeight,
      nodeCount: chain.nodeCount,
      openAlerts: openAlerts.get(chain.id) ?? { critical: 0, warning: 0, info: 0 },
    })),
    nodes: nodes.map((node) => ({
      id: node.id,
      name: node.name,
      protocol: node.protocol,
      enabled: node.enabled,
      status: node.status,
      lastScrapeSeconds: node.lastScrapeMs === null ? null : node.lastScrapeMs / 1000,
      consecutiveFailures: node.consecutiveFailures,
      chains: node.chains.map((chain) => ({ chainId: chain.chainId, lagBlocks: chain.lagBlocks })),
    })),
  };
}
