import type { OverviewDto } from "../api/schemas/responses/overview.ts";
import type { Db } from "../db/createPrismaClient.ts";
import { countOpenAlerts } from "../db/queries/alerts/countOpenAlerts.ts";
import { countPendingAlerts } from "../db/queries/alerts/countPendingAlerts.ts";
import { listChains } from "../db/queries/chains/listChains.ts";
import { getLatestHealth } from "../db/queries/health/getLatestHealth.ts";
import { getChainSparklines } from "../db/queries/metrics/getChainSparklines.ts";
import { analyseCrossChain } from "../analytics/crossChain.ts";
import { crossChainInputs } from "./crossChainAnalysis.ts";

/** Everything the Overview page shows: a card per chain and the cross-chain analysis. Empty system: no chains, zeros. */
export async function overviewData(db: Db, now = new Date()): Promise<OverviewDto> {
  const chains = await listChains(db);
  const ids = chains.map((chain) => chain.id);
  const [health, firing, pending, sparklines] = await Promise.all([
    getLatestHealth(db, ids),
    countOpenAlerts(db),
    countPendingAlerts(db),
    getChainSparklines(db, now, ids),
  ]);
  // One read serves both the cards and the analysis, so their counts always agree.
  const analysis = analyseCrossChain(crossChainInputs(chains, health, firing));
  return {
    generatedAt: now.toISOString(),
    chains: chains.map((chain) => {
      const latestHealth = health.get(chain.id);
      const { critical, warning, info } = firing.get(chain.id) ?? { critical: 0, warning: 0, info: 0 };
      return {
        ...chain,
        health: latestHealth ? { score: latestHealth.score, healthClass: latestHealth.healthClass } : null,
        openAlerts: {
          critical,
          warning,
          info,
          total: critical + warning + info,
          pending: pending.get(chain.id) ?? 0,
        },
        tpsSparkline: sparklines.get(chain.id) ?? [],
      };
    }),
    analysis,
  };
}
