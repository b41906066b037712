import type { Db } from "../db/createPrismaClient.ts";
import { listAlerts } from "../db/queries/alerts/listAlerts.ts";
import { listChains } from "../db/queries/chains/listChains.ts";
import { listLatestPredictions } from "../db/queries/predictions/listLatestPredictions.ts";
import { chainRecommendations } from "./chainRecommendations.ts";
import { chainSummary } from "./chainSummary.ts";
import { crossChainAnalysis } from "./crossChainAnalysis.ts";

/** The reference system's dashboard data: overview, 24 h summaries, last 20 alerts, predictions and recommendations per chain. */
export async function dashboardData(db: Db, now = new Date()) {
  const chains = await listChains(db);
  const range = { from: new Date(now.getTime() - 24 * 3_600_000), to: now };
  const [overview, recentAlerts, perChain] = await Promise.all([
    crossChainAnalysis(db),
    listAlerts(db, { limit: 20 }),
    Promise.all(
      chains.map(async (chain) => ({
        chainId: chain.id,
        summary: await chainSummary(db, chain.id, range),
        predictions: (await listLatestPredictions(db, chain.id)).slice(0, 5),
        recommendations: await chainRecommendations(db, chain.id, now),
      })),
    ),
  ]);
  return {
    generatedAt: now.toISOString(),
    overview,
    chainSummaries: Object.fromEntries(perChain.map((c) => [c.chainId, c.summary])),
    recentAlerts: recentAlerts.alerts,
    predictions: Object.fromEntries(perChain.map((c) => [c.chainId, c.predictions])),
    recommendations: Object.fromEntries(perChain.map((c) => [c.chainId, c.recommendations])),
  };
}
